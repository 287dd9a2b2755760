namespace RelationsGraph.Extraction.Tests;

/// <summary>Which places a meeting is held in: a country only when nothing finer is known, the dateline city for current meetings.</summary>
public class HeldInPlaceLevelTests
{
    [Fact]
    public void TalksPlacedInTheDatelineCountryAreHeldInTheTownNotTheCountry()
    {
        var d = TestArticles.Extract("""
            date 2024-06-03

            NAIROBI, June 3 (Wire) - Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Kenya.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:nairobi"), d.Dump());
        Assert.False(d.Has("HELD_IN", talks.Id, "country:ke"), d.Dump());
    }

    [Fact]
    public void AVisitToTheDatelineCountryKeepsTheCountryBesideTheTown()
    {
        var d = TestArticles.Extract("""
            date 2024-06-03

            NAIROBI, June 3 (Wire) - Tanzanian President Samia Suluhu Hassan began a state visit to Kenya.
            """);
        var visit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", visit.Id, "place:nairobi"), d.Dump());
        Assert.True(d.Has("HELD_IN", visit.Id, "country:ke"), d.Dump());
    }

    [Fact]
    public void AnEarlierMeetingRecalledInOneSentenceDoesNotUnplaceTheStorysTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Reuters) - Polish Prime Minister Donald Tusk held talks with Swedish Prime Minister Ulf Kristersson.
            The talks were the first between the two since Tusk visited Stockholm in 2019.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.True(d.Has("HELD_IN", talks.Id, "place:oslo"), d.Dump());
    }

    [Fact]
    public void AnEarlierLegOfTheTripToldAfterTheLeadDoesNotMoveTheStorysTalks()
    {
        var d = TestArticles.Extract("""
            Regional leaders meet

            date 2024-06-04

            NAIROBI, June 4 (Wire) - Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan on Tuesday.
            The two leaders discussed the railway line and the port.
            They also agreed to open two more border posts.
            Hassan arrived on Monday from Kampala, where she had attended a regional summit on Sunday.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.True(d.Has("HELD_IN", talks.Id, "place:nairobi"), d.Dump());
    }

    [Fact]
    public void AHeadlinePrintedWithoutTheTitlesKickerStillPlacesTheStory()
    {
        var d = TestArticles.Extract("""
            ---
            title: "Weekly digest: Leaders sign a port deal in Mombasa"
            date: 2024-06-04
            ---

            # Leaders sign a port deal in Mombasa

            Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan signed a port agreement on Tuesday.
            """, "test.md");
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", signing.Id, "place:mombasa"), d.Dump());
    }

    [Theory]
    [InlineData("in the Black Sea resort of Sochi", "place:sochi")]
    [InlineData("in the Saudi port city of Jeddah", "place:jeddah")]
    public void ASettlementDescribedByManyWordsIsStillWhereTheTalksAreHeld(string where, string placeId)
    {
        var d = TestArticles.Extract($"""
            Leaders meet

            date 2024-03-02

            Turkish President Recep Tayyip Erdogan held talks with Russian President Vladimir Putin {where} on Friday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, placeId), d.Dump());
    }

    [Fact]
    public void TalksAfterATimeAnchorAreAnEventOfTheirOwnWithTheirOwnPlace()
    {
        var d = TestArticles.Extract("""
            Leaders meet

            date 2018-09-05

            Before the summit she held talks with New Zealand Prime Minister Jacinda Ardern at the Parliament House in Canberra on Wednesday.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.True(d.Has("HELD_IN", talks.Id, "place:canberra"), d.Dump());
    }

    [Fact]
    public void ThePlaceOfTheOfficialsQuotedIsNotWhereTheTalksWereHeld()
    {
        var d = TestArticles.Extract("""
            Leaders meet

            date 2024-06-04

            Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan on Monday, officials in Dodoma said.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.From == talks.Id);
    }
}
