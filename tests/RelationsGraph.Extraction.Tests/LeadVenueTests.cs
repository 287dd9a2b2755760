namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A venue that sets the scene in the lead of a story filed from its town is where the story's own gathering, told after it
/// with no place of its own, took place (see LeadVenue).
/// </summary>
public class LeadVenueTests
{
    [Fact]
    public void TheSceneSetInTheLeadPlacesTheSigningToldAfterIt()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            KESTRAVA, May 10 (Wire) - Under the chandeliers at the Marovec Palace, two delegations took their seats in silence.
            Prime Minister Alden Marsh of Velmar and President Tomas Brevik of Corland signed a fisheries accord on Friday.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", signing.Id, "place:marovec-palace"), d.Dump());
        Assert.True(d.Has("HELD_IN", signing.Id, "place:kestrava"), d.Dump());
    }

    [Fact]
    public void TheSigningRatherThanTheTalksBeforeItTakesTheVenue()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            KESTRAVA, May 10 (Wire) - Flags lined the courtyard of the Marovec Palace on Friday, and the band played twice.
            Prime Minister Alden Marsh of Velmar held talks with President Tomas Brevik of Corland on Friday morning.
            Foreign Minister Ilse Darrow of Velmar and Foreign Minister Petr Halun of Corland later signed a fisheries accord at a signing ceremony on Friday.
            """);
        var atTheVenue = d.Relationships.Where(r => r.Type == "HELD_IN" && r.To == "place:marovec-palace").ToList();
        var held = Assert.Single(atTheVenue);
        var meeting = d.OfType("Meeting").Single(m => m.Id == held.From);
        Assert.True(meeting.Kind is "signing" or "ceremony", d.Dump());
    }
}
