namespace RelationsGraph.Extraction.Tests;

/// <summary>A gathering set just outside a town ("a retreat outside X") is placed at that town; a venue outside it is not.</summary>
public class OutsideATownTests
{
    [Fact]
    public void ARetreatOutsideATownIsHeldThere()
    {
        var d = TestArticles.Extract("date 2023-03-10 Envoy Marta Oyelaran met Deputy Minister Tomas Berglind at a retreat outside Uppsala on Tuesday.");
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", meeting.Id, "place:uppsala"), d.Dump());
    }

    [Fact]
    public void AVenueOutsideATownIsNotTheTownOfTheMeeting()
    {
        var d = TestArticles.Extract("date 2023-03-10 Envoy Marta Oyelaran met Deputy Minister Tomas Berglind on Tuesday at a farm outside Uppsala.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:uppsala");
    }
}
