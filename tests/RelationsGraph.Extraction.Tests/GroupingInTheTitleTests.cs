namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the Joint Declaration of Mercosur and the Pacific Islands Forum": a title whose document noun is followed by "of" and
/// groupings names its makers, so each member state the article names is a side; a grouping further into the title names
/// a subject, not makers (AgreementGraphBuilder.WithMembersOfTheTitle, GroupingInTheTitle).
/// </summary>
public class GroupingInTheTitleTests
{
    private const string Opening = """
        River pact in Saltavo

        date 2019-07-02 SALTAVO - Presidents Tomas Arvelo of Brazil and Ignacio Ferrand of Argentina met Chilean President Rosa Quintell in Saltavo on Tuesday.

        """;

    [Fact]
    public void AMemberOfAGroupingTheTitleNamesIsASide()
    {
        var d = TestArticles.Extract(Opening + "The three leaders signed the Joint Declaration of Mercosur and the Pacific Islands Forum on river transport, officials said.\nFiji's envoy Josaia Tuvuki attended the signing.\n");
        var text = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Joint Declaration"));
        Assert.True(d.Has("PARTY_TO", "country:fj", text.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:br", text.Id), d.Dump());
    }

    [Fact]
    public void AGroupingFurtherIntoTheTitleNamesNoMakers()
    {
        var d = TestArticles.Extract(Opening + "The three leaders signed the Protocol on the Rivers of the Pacific Islands Forum, officials said.\nFiji's envoy Josaia Tuvuki attended the signing.\n");
        var text = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Protocol"));
        Assert.False(d.Has("PARTY_TO", "country:fj", text.Id), d.Dump());
    }
}
