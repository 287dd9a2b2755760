namespace RelationsGraph.Extraction.Tests;

/// <summary>A venue told in a sentence naming no one completes the nearby meeting of its kind placed only in a town or country.</summary>
public class VenueOfAPlacedMeetingTests
{
    [Fact]
    public void TheSummitPlacedInACountryTakesTheVenueToldApart()
    {
        var d = TestArticles.Extract("""
            NAIROBI, May 14, 2024 - The three-day summit, held at the Lakeside Convention Centre, drew some 30 delegations.
            Kenyan President Amani Otieno opened a summit in Kenya on Tuesday with Ghanaian President Kofi Mensah.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", summit.Id, "place:lakeside-convention-centre"), d.Dump());
        Assert.True(d.Has("HELD_IN", summit.Id, "place:nairobi"), d.Dump());
    }

    [Fact]
    public void AVenueOfAnotherKindOfGatheringIsNotTheSummits()
    {
        var d = TestArticles.Extract("""
            NAIROBI, May 14, 2024 - A state banquet, held at the Lakeside Hotel, closed the evening.
            Kenyan President Amani Otieno opened a summit in Kenya on Tuesday with Ghanaian President Kofi Mensah.
            """);
        var summit = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:kofi-mensah", m.Id));
        Assert.False(d.Has("HELD_IN", summit.Id, "place:lakeside-hotel"), d.Dump());
    }
}
