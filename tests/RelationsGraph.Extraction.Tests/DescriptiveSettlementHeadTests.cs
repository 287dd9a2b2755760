namespace RelationsGraph.Extraction.Tests;

/// <summary>"the Corvic port of Tessalt": the descriptive head before "of" is no place; the place is the name after it.</summary>
public class DescriptiveSettlementHeadTests
{
    [Fact]
    public void TheDescriptiveHeadIsNoPlaceAndTheMeetingIsHeldInTheNamedTown()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao held talks with Nigerien President Moussa Dandi in the Corvic port of Tessalt on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.StartsWith("Corvic", StringComparison.Ordinal));
        var town = Assert.Single(d.OfType("Place"), p => p.Name == "Tessalt");
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, town.Id), d.Dump());
    }

    [Fact]
    public void AQualifierBeforeTheSettlementNounIsAllowed()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao met Nigerien President Moussa Dandi in the Norvan lakeside town of Pellith on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.StartsWith("Norvan", StringComparison.Ordinal));
        Assert.Contains(d.OfType("Place"), p => p.Name == "Pellith");
    }

    [Fact]
    public void AVenueNounWithoutOfStillJoinsTheName()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao met Nigerien President Moussa Dandi at the Orvela palace on Monday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Orvela palace" || p.Aliases.Contains("Orvela palace"));
    }
}

/// <summary>"the Dorvish Amber Sea resort of Varnholm": a sea's name in the descriptive head is no place mention there.</summary>
public class DescriptiveSeaHeadTests
{
    [Fact]
    public void ASeaInTheDescriptiveHeadIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao met Nigerien President Moussa Dandi in the Dorvish Amber Sea resort of Varnholm on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Amber", StringComparison.Ordinal));
        Assert.Contains(d.OfType("Place"), p => p.Name == "Varnholm");
    }
}
