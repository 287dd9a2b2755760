namespace RelationsGraph.Extraction.Tests;

/// <summary>"the Palace of the Founders", "the Hall of the Provinces": a venue word, "of the" and a capitalised name are one place.</summary>
public class VenueOfTheNameTests
{
    [Fact]
    public void TheWholeRunIsOnePlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao and Nigerien President Moussa Dandi signed the accord at the Palace of the Founders on Monday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Palace of the Founders");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name is "Palace" or "Founders");
    }

    [Fact]
    public void AnAdministrativeWordIsNoVenue()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao spoke about the State of the Union address he had watched on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.StartsWith("State of the", StringComparison.Ordinal));
    }

    [Fact]
    public void ALongerNameThroughAnotherOfIsLeftAlone()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao was received at the Hall of the Assembly of Veltria on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Hall of the Assembly");
    }
}
