namespace RelationsGraph.Extraction.Tests;

/// <summary>"cooperation in Fisheries and Forestry": a capitalised common noun the story also writes in lower case is no place.</summary>
public class CommonNounCapitalisedTests
{
    [Fact]
    public void SectorNamesWrittenAlsoInLowerCaseAreNoPlaces()
    {
        var d = TestArticles.Extract("""
            date 2024-09-03

            Prime Minister Halvard Ostrum of Norway and President Lucia Bernaldo of Chile met in Tarvenholm on Tuesday.

            The two leaders agreed to widen cooperation in Fisheries and Forestry over the coming decade.

            Officials said forestry exports had doubled since 2019, while fisheries remained the larger trade.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Fisheries");
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Forestry");
        Assert.Contains(d.OfType("Place"), p => p.Name == "Tarvenholm");
    }

    [Fact]
    public void TheArchiveOfTheStoryIsNoPlaceWhenItIsAlsoAnArchive()
    {
        var d = TestArticles.Extract("""
            date 2023-04-18

            The letters of envoy Piet Hammerlo are kept in the Archive, which opened its reading room in Vossbeck last spring.

            Visitors to the archive can read the drafts of the 1891 Vossbeck Convention.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Archive");
    }

    [Fact]
    public void ATownNeverWrittenInLowerCaseStaysAPlace()
    {
        var d = TestArticles.Extract("""
            date 2024-09-03

            Prime Minister Halvard Ostrum of Norway and President Lucia Bernaldo of Chile met in Brennholt on Tuesday.

            Officials said the mining talks would go on in the spring.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Brennholt");
    }
}
