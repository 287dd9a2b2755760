namespace RelationsGraph.Extraction.Tests;

/// <summary>A convention or charter recalled in passing is open to many states: the story's two countries are not its sides.</summary>
public class OpenInstrumentTests
{
    private const string Story = """
        date 2024-02-14 Chile and Argentina signed a border trade agreement in Santiago on Wednesday after talks between President Gabriel Boric and President Javier Milei.

        Chile and Argentina agreed to reopen two mountain passes. Chile will fund a customs post and Argentina a road.

        """;

    [Theory]
    [InlineData("Rights groups said the returns of migrants would breach the 1951 Refugee Convention.")]
    // The UN Charter cited so is no document at all (see SpuriousAgreementNodesTests); a regional charter stays one.
    [InlineData("Officials said the plan respects the principles of the Santiago Charter.")]
    public void NoPrincipalCountriesForAConventionOrCharter(string sentence)
    {
        var d = TestArticles.Extract(Story + sentence);
        var instrument = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Convention") || a.Name.Contains("Charter"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PARTY_TO" && r.To == instrument.Id);
    }

    [Fact]
    public void ABilateralTreatyRecalledStillBindsTheTwoCountries()
    {
        var d = TestArticles.Extract(Story + "Officials said the deal builds on the 1984 Treaty of Peace and Friendship.");
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Peace and Friendship"));
        Assert.True(d.Has("PARTY_TO", "country:cl", treaty.Id), d.Dump());
    }
}
