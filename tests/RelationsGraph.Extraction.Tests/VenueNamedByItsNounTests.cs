namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// An unknown name followed by a lowercase venue noun ("Kessel airport", "the Harlow Pegmont hotel") names that venue even with
/// no locative before it, and the lowercase and capitalised forms of one venue are one place.
/// </summary>
public class VenueNamedByItsNounTests
{
    [Fact]
    public void AnAirportAfterAPossessiveIsAPlaceNotAPerson()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Crowds lined the tarmac of Varno's Kessel airport as Malian President Issa Kantao stepped off his plane on Monday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Kessel airport");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Kessel");
    }

    [Fact]
    public void AHotelInAppositionIsAPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao received the envoy at his lodging, the Pegmont hotel, on Monday evening.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Pegmont hotel");
    }

    [Fact]
    public void AnAdjectiveBeforeTheNounNamesNoVenue()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao said every Atlantic port would share in the new customs regime.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Atlantic port");
    }

    [Fact]
    public void AFactionsCampStaysWithoutAPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Aides said the Dorval camp had rejected the offer made by Malian President Issa Kantao on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Dorval camp");
    }

    [Fact]
    public void TheLowercaseAndCapitalisedFormsAreOneVenue()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao and Nigerien President Moussa Dandi talked in a side room at the Velmor convention centre.

            Reporters waited outside the Velmor Convention Center until the two men emerged.
            """);
        Assert.Single(d.OfType("Place"), p => p.Name.StartsWith("Velmor", StringComparison.Ordinal) || p.Aliases.Any(a => a.StartsWith("Velmor", StringComparison.Ordinal)));
    }
}
