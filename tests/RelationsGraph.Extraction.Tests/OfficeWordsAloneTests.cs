namespace RelationsGraph.Extraction.Tests;

/// <summary>A capitalised office told without its holder's name ("the Chief Negotiator") is no person.</summary>
public class OfficeWordsAloneTests
{
    [Fact]
    public void ACapitalisedOfficeWithoutANameIsNoPerson()
    {
        var d = TestArticles.Extract("date 2024-03-11 Talks resumed in Kumbeni on Monday. Ada Penhallow and the Chief Negotiator met the delegation from Portugal.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Chief Negotiator");
    }

    [Fact]
    public void AnElectOfficeWithoutANameIsNoPerson()
    {
        var d = TestArticles.Extract("date 2024-03-11 Ada Penhallow spoke by telephone on Tuesday with Tomas Rist and with President-elect Ore of Portugal. President-elect said the call was warm.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.StartsWith("President"));
    }
}
