namespace RelationsGraph.Extraction.Tests;

/// <summary>Where a meeting is, who "the two" are, and side meetings at a larger gathering.</summary>
public class MeetingPlaceAndGroupTests
{
    [Fact]
    public void ACityDescribedByItsCountryIsThePlace()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Polish Prime Minister Donald Tusk held talks with Swedish Prime Minister Ulf Kristersson in the German city of Hamburg on Thursday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("Hamburg", talks.Place);
    }

    [Fact]
    public void AGivenToPlaceAfterTalksIsNotWhereTheyMet()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Polish Prime Minister Donald Tusk held talks with Swedish Prime Minister Ulf Kristersson on Thursday and pledged more aid to Kyiv.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.Null(talks.Place);
    }

    [Fact]
    public void TheTwoAreThePeopleNamedInTheSameSentence()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson held a summit in Stockholm on Thursday.
            Polish Foreign Minister Radoslaw Sikorski held talks with Swedish Foreign Minister Tobias Billstrom on Friday, where the two discussed energy.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.False(d.Has("ATTENDED", "person:donald-tusk", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:tobias-billstrom", talks.Id), d.Dump());
    }

    [Fact]
    public void SideMeetingPeopleAttendTheGathering()
    {
        var d = TestArticles.Extract("""
            date 2024-11-19 Leaders agreed a declaration at the G20 summit in Rio de Janeiro on Monday.
            On the sidelines, Polish Prime Minister Donald Tusk held talks with Indian Prime Minister Narendra Modi.
            """);
        var g20 = d.OfType("Meeting").Single(m => m.Aliases.Contains("G20 summit"));
        Assert.True(d.Has("ATTENDED", "person:donald-tusk", g20.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:narendra-modi", g20.Id), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => m.Id != g20.Id && d.Has("ATTENDED", "person:narendra-modi", m.Id));
    }

    [Fact]
    public void AGroupingBeyondACommaDoesNotOwnTheMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-07-27 Polish Foreign Minister Radoslaw Sikorski held talks with Swedish Foreign Minister Tobias Billstrom on Friday.
            The talks, held on the sidelines of gatherings hosted by ASEAN, were the first encounter between the two since they met in Munich in February.
            """);
        var munich = d.OfType("Meeting").Single(m => m.Place == "Munich");
        Assert.Equal("2024-02", munich.Date);
        Assert.DoesNotContain("ASEAN summit", munich.Aliases);
        // "since they met": the pronoun is the pair just named, so they were at the earlier meeting.
        Assert.True(d.Has("ATTENDED", "person:radoslaw-sikorski", munich.Id), d.Dump());
    }
}
