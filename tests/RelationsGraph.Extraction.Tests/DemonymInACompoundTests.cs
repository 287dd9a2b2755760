namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Latin American envoys", "the Turkish Cypriot side": a demonym compounded into a regional or communal name is not the state of
/// the adjective; a demonym the list holds whole ("South Korean") and a demonym before a title still name their state.
/// </summary>
public class DemonymInACompoundTests
{
    private const string Opening = "date 2024-04-09 The grain accord was signed in Quito on Tuesday. ";

    [Fact]
    public void ACompassOrContinentalWordMakesTheDemonymARegions()
    {
        var d = TestArticles.Extract(Opening + "Envoys of the South American bloc welcomed it, and Latin American traders expect cheaper freight.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:us");
    }

    [Fact]
    public void ADemonymBeforeAnotherOneTellsTheOriginOfAPeople()
    {
        var d = TestArticles.Extract("date 2024-04-09 The water accord was signed in Nicosia on Tuesday. " +
                                     "Turkish Cypriot farmers in the north will share the new reservoir.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:tr");
    }

    [Fact]
    public void AWholeDemonymAndADemonymBeforeATitleStillNameTheirStates()
    {
        var d = TestArticles.Extract(Opening + "South Korean President Han Do-yun and American Trade Representative Clara Benning looked on.");
        Assert.Contains(d.Entities, e => e.Id == "country:kr");
        Assert.Contains(d.Entities, e => e.Id == "country:us");
    }
}
