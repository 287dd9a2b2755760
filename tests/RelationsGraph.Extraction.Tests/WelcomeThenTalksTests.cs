namespace RelationsGraph.Extraction.Tests;

/// <summary>Talks told after a welcome at a venue, in the same sentence, are held at that venue.</summary>
public class WelcomeThenTalksTests
{
    [Fact]
    public void TalksAfterAWelcomeAtThePalaceAreHeldAtThePalace()
    {
        var d = TestArticles.Extract("""
            date 2024-07-09

            Indonesian President Joko Widodo was welcomed by Philippine President Ferdinand Marcos Jr with military honours at Malacanang Palace on Tuesday before the two leaders held talks on fisheries.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.True(d.Has("HELD_IN", talks.Id, "place:malacanang-palace"), d.Dump());
    }

    [Fact]
    public void TalksToldBeforeTheWelcomeDoNotTakeItsVenue()
    {
        var d = TestArticles.Extract("""
            date 2024-07-09

            After talks in Jakarta last year, Indonesian President Joko Widodo was welcomed with military honours at Malacanang Palace on Tuesday.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "talks" && d.Has("HELD_IN", m.Id, "place:malacanang-palace"));
    }
}
