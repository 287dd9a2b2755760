namespace RelationsGraph.Extraction.Tests;

/// <summary>"endorsed by all five member states: A, B, C, D and E": a group, a colon, then the listed sides of the document.</summary>
public class GroupThenListAgentsTests
{
    [Fact]
    public void TheCountriesListedAfterTheGroupAreTheSides()
    {
        var d = TestArticles.Extract("""
            date 2023-08-17 Zambian President Hakainde Hichilema hosted Malawian President Lazarus Chakwera at a regional summit in Lusaka on Thursday.
            The summit adopted the Lusaka Declaration on Shared Rivers.
            The declaration was endorsed by all five riparian states: Zambia, Malawi, Angola, Botswana and Namibia.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        foreach (var iso in new[] { "zm", "mw", "ao", "bw", "na" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", declaration.Id), d.Dump());
    }

    [Fact]
    public void AClauseBeforeTheColonIsNoGroup()
    {
        var d = TestArticles.Extract("""
            date 2023-08-17 Zambian President Hakainde Hichilema hosted Malawian President Lazarus Chakwera at a regional summit in Lusaka on Thursday.
            The summit adopted the Lusaka Declaration on Shared Rivers.
            The declaration was endorsed by the two hosts, who later said of their neighbours, with some irony: Angola, Botswana and Namibia.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:bw", declaration.Id), d.Dump());
    }
}
