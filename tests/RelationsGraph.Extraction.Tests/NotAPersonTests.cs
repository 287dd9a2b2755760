namespace RelationsGraph.Extraction.Tests;

/// <summary>Capitalised phrases that only look like people: programme and body names, passive participles, a country's regions.</summary>
public class NotAPersonTests
{
    private const string Opening = "date 2024-09-20 Brazil and Chile agreed on Friday to build a new highway. ";

    [Fact]
    public void AnAbstractNounOfAProgrammeNameIsNoPersonsName()
    {
        var d = TestArticles.Extract(Opening + "The two countries will fund the Disaster Relief and Humanitarian Assistance centre, said Foreign Minister Pablo Arancibia.");
        Assert.DoesNotContain(d.OfType("Person"), e => e.Name.Contains("Assistance") || e.Name.Contains("Relief"));
    }

    [Fact]
    public void AMemberStatesSubjectIsNoPerson()
    {
        var d = TestArticles.Extract(Opening + "The eight Member States signed the framework on energy cooperation.");
        Assert.DoesNotContain(d.OfType("Person"), e => e.Name.Contains("States"));
    }

    [Fact]
    public void ANameBeforeAPassiveParticipleIsNotItsAgent()
    {
        var d = TestArticles.Extract(Opening + "The new highway deal builds on Border Guarantees signed by the two governments in 1970.");
        Assert.DoesNotContain(d.OfType("Person"), e => e.Name.Contains("Guarantees"));
    }

    [Fact]
    public void ANameOwnedByACountryAfterALocativeIsARegion()
    {
        var d = TestArticles.Extract(Opening + "The highway will run from ports in Chile's Atacama Highlands to farms in Brazil's Cerrado Norte.");
        Assert.DoesNotContain(d.OfType("Person"), e => e.Name.Contains("Cerrado") || e.Name.Contains("Atacama"));
    }

    [Fact]
    public void ANameOwnedByACountryWithoutALocativeIsStillItsPerson()
    {
        var d = TestArticles.Extract(Opening + "The deal was welcomed by Chile's Tomasa Quelopana, who called it historic.");
        Assert.True(d.Has("REPRESENTS", "person:tomasa-quelopana", "country:cl"), d.Dump());
    }
}
