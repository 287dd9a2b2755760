namespace RelationsGraph.Extraction.Tests;

/// <summary>A seat or capital right before "trip/visit to" names who travels, not where the meeting is held.</summary>
public class TravelsElsewhereTests
{
    [Fact]
    public void ASeatBeforeATripToATownIsNotTheMeetingsVenue()
    {
        var d = TestArticles.Extract("""
            date 2022-04-09

            Ostrian President Vera Lanko held talks with Dravish President Marek Tolv on the first Vellmar Palace trip to Kaldor Hall in a decade.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:vellmar-palace");
    }

    [Fact]
    public void AVenueAfterAtStaysTheMeetingsVenue()
    {
        var d = TestArticles.Extract("""
            date 2022-04-09

            Ostrian President Vera Lanko held talks with Dravish President Marek Tolv at the Vellmar Palace on Friday.
            """);
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:vellmar-palace");
    }
}
