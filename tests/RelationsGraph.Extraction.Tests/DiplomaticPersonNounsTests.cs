namespace RelationsGraph.Extraction.Tests;

/// <summary>The nouns of envoys, agents and courtiers (delegate, councillor, chargé, courtier ...) show that a name is a person's.</summary>
public class DiplomaticPersonNounsTests
{
    [Fact]
    public void ADelegateInAppositionMakesTheNameAPerson()
    {
        var d = TestArticles.Extract("date 2024-03-11 Orlan Vesk, the Chilean delegate, read the closing statement to the hall in Melbridge on Tuesday.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Orlan Vesk");
    }

    [Fact]
    public void ACouncillorBeforeTheNameMakesItAPerson()
    {
        var d = TestArticles.Extract("date 1790-03-11 The minutes of the second session at Korvath were kept by the privy councillor Edvin Marrow.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Edvin Marrow");
    }

    [Fact]
    public void AChargeDAffairesInAppositionMakesTheNameAPerson()
    {
        var d = TestArticles.Extract("date 2024-03-11 Mira Telund, the chargé d'affaires of the Chilean embassy, was at the reception in Dovra on Friday.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Mira Telund");
    }
}
