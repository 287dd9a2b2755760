namespace RelationsGraph.Extraction.Tests;

/// <summary>A name honoured by a monument or a tribute is no place; "the Ambassador of X to Y, Z" is an office before a name.</summary>
public class HonouredNamesAndNestedOfficeTests
{
    private const string Opening = "date 2022-11-08 Chile and Peru signed a fisheries pact in Lima on Tuesday. ";

    [Fact]
    public void ANameBeforeAMonumentNounIsNoPlace()
    {
        var d = TestArticles.Extract(Opening + "The visitors then laid flowers at the Rosa Quintero statue in the old town.");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Place" && e.Name == "Rosa Quintero");
    }

    [Fact]
    public void TheNameAfterHomageToIsNoPlace()
    {
        var d = TestArticles.Extract(Opening + "Later the minister paid homage to Rosa Quintero at the cathedral.");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Place" && e.Name == "Rosa Quintero");
    }

    [Fact]
    public void APlaceAfterAnOrdinaryLocativeIsStillAPlace()
    {
        var d = TestArticles.Extract(Opening + "The ministers later travelled to Quellaveco to see the harbour.");
        Assert.Contains(d.Entities, e => e.Type == "Place" && e.Name == "Quellaveco");
    }

    [Fact]
    public void AnAmbassadorOfOneCountryToAnotherBeforeACommaNamesAPersonOfTheFirst()
    {
        var d = TestArticles.Extract(Opening + "Also present was the Ambassador of Chile to Peru, Ignacio Varas.");
        Assert.True(d.Has("REPRESENTS", "person:ignacio-varas", "country:cl"), d.Dump());
        Assert.DoesNotContain(d.Entities, e => e.Type == "Place" && e.Name == "Ignacio Varas");
    }
}
