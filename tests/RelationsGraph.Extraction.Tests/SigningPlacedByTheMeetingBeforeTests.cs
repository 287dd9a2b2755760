namespace RelationsGraph.Extraction.Tests;

/// <summary>A signing told with no place takes the place of the meeting told just before it with the same people.</summary>
public class SigningPlacedByTheMeetingBeforeTests
{
    [Fact]
    public void TheBareSigningTakesThePlaceOfTheTalksBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-04-18

            Chilean President Tomas Vierra held talks with Peruvian President Lucia Andraca in Arequipa on 3 March 1998.
            Vierra and Andraca signed the Treaty of the Quebrada on 4 March 1998.
            """);
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "signing" && d.Has("HELD_IN", m.Id, "place:arequipa"));
    }
}
