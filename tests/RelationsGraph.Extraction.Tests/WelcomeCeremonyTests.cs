using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A ceremony of welcome at a named venue ("greeted him at a welcome ceremony at the Ostrel Palace", "received him with military honours at a
/// ceremony at ...") is held at the venue alone, as a reception or a call is; a ceremony with no word of welcome (an award) keeps
/// the venue's town (see WelcomeCeremony). The town and the palace are invented and made known to the knowledge base for the test only.
/// </summary>
public class WelcomeCeremonyTests
{
    private const string Places = "Kelvarra|PT|\n";

    private const string Venues = "Ostrel Palace|PT|Kelvarra|\n";

    private static ExtractionDocument ExtractKnowingThePalace(string text) =>
        TestArticles.ExtractKnowingOnly(new Dictionary<string, string> { ["places.txt"] = Places, ["venues.txt"] = Venues }, text);

    private static List<ExtractedEntity> HeldIn(ExtractionDocument d, string place) =>
        d.OfType("Meeting").Where(m => d.Has("HELD_IN", m.Id, place)).ToList();

    [Fact]
    public void AWelcomeCeremonyAtAPalaceIsNotGivenThePalacesTown()
    {
        var d = ExtractKnowingThePalace("""
            date 2024-03-14 Kelvarra was wrapped in fog for most of Wednesday.
            President Lena Dovrak greeted President Aurel Mikosz at a welcome ceremony at the Ostrel Palace on Wednesday morning.
            """);
        var ceremony = Assert.Single(HeldIn(d, "place:ostrel-palace"));
        Assert.False(d.Has("HELD_IN", ceremony.Id, "place:kelvarra"), d.Dump());
    }

    [Fact]
    public void HonoursPaidAtAPalaceStayAtThePalaceWhileAnAwardKeepsTheTown()
    {
        var d = ExtractKnowingThePalace("""
            date 2024-03-14 Kelvarra was wrapped in fog for most of Wednesday.
            President Lena Dovrak received President Aurel Mikosz with military honours at a ceremony at the Ostrel Palace on Wednesday morning.
            On Thursday Chancellor Piet Harmsen handed the sculptor Ines Valdoro the Order of the Grey Heron at a ceremony at the Ostrel Palace.
            """);
        var atThePalace = HeldIn(d, "place:ostrel-palace");
        var welcome = Assert.Single(atThePalace, m => d.Has("ATTENDED", "person:aurel-mikosz", m.Id));
        Assert.False(d.Has("HELD_IN", welcome.Id, "place:kelvarra"), d.Dump());
        var award = Assert.Single(atThePalace, m => d.Has("ATTENDED", "person:piet-harmsen", m.Id));
        Assert.True(d.Has("HELD_IN", award.Id, "place:kelvarra"), d.Dump());
    }
}
