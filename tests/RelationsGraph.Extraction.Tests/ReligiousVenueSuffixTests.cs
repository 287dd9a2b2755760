namespace RelationsGraph.Extraction.Tests;

/// <summary>"the Jade Crane Pagoda", "Harwick Abbey": a pagoda, shrine, monastery, abbey, chapel or synagogue ends a venue's name (Lexicon.PlaceSuffixes).</summary>
public class ReligiousVenueSuffixTests
{
    [Fact]
    public void APagodaWithATitleWordInItsNameIsOneVenue()
    {
        var d = TestArticles.Extract("""
            Leader tours the south

            date 2030-05-01 VELMORA - In the port city that afternoon the president visited the Silver King Pagoda and spoke to business leaders.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Silver King Pagoda");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Pagoda");
    }

    [Fact]
    public void AnAbbeyEndsTheVenuesName()
    {
        var d = TestArticles.Extract("""
            Royal welcome

            date 2030-05-01 LONDON - The emir laid a wreath at Harwick Abbey on Tuesday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Harwick Abbey");
    }
}
