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

    /// <summary>
    /// A grouping's document with no year of its own, and no meeting of the story that made it, counts the members of the
    /// story's year (MembershipYear): a state that joined the grouping later is no side of it, though it is a member today.
    /// </summary>
    [Fact]
    public void AStateThatJoinedAfterTheStorysYearIsNoSide()
    {
        const string story = """
            River trade up in Saltavo

            SALTAVO - Trade along the Orvano river grew by a tenth last year, figures from Brazil and Argentina showed on Tuesday.

            The Charter of Mercosur on river transport has bound Brazil and Argentina since its signing, officials said.
            Bolivia's trade minister Marco Quispara said in La Paz that his country wanted more barges on the river.

            """;
        var d = new Extractor().Extract(TestArticles.Read(story) with { Published = new DateOnly(2019, 7, 2) });
        var text = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Charter"));
        Assert.True(d.Has("PARTY_TO", "country:br", text.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:bo", text.Id), d.Dump());
    }
}
