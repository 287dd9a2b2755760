namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X of Chile, Y of Peru and Z of Bolivia signed": a list of full names each told with "of" and a country is a list of people,
/// with or without an office noun before it; a spaced dash after the country closes the item like a comma.
/// </summary>
public class NamesListedWithTheirCountriesTests
{
    private const string Lead = "date 1994-03-08 Leaders met in Montevideo on Tuesday for the treaty's signing. ";

    [Fact]
    public void AListOfNamesWithTheirCountriesNeedsNoTitle()
    {
        var d = TestArticles.Extract(Lead + "Ramon Ortelli of Argentina, Luis Bastos de Mello of Brazil and Ana Quisbert of Bolivia put their names to the treaty.");
        Assert.True(d.Has("REPRESENTS", "person:ramon-ortelli", "country:ar"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:luis-bastos-de-mello", "country:br"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:ana-quisbert", "country:bo"), d.Dump());
    }

    [Fact]
    public void APluralOfficeEndingInIesOpensTheListToo()
    {
        var d = TestArticles.Extract(Lead + "Alongside them, the two foreign secretaries, Tarun Mehra of India and Farid Qadir of Pakistan, initialled a protocol.");
        Assert.True(d.Has("REPRESENTS", "person:tarun-mehra", "country:in"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:farid-qadir", "country:pk"), d.Dump());
    }

    [Fact]
    public void ASpacedDashAfterTheLastCountryClosesTheItem()
    {
        var d = TestArticles.Extract(Lead + "The ministers - Pedro Salvat of Chile and Jorge Irala of Uruguay - signed next.");
        Assert.True(d.Has("REPRESENTS", "person:jorge-irala", "country:uy"), d.Dump());
    }

    [Fact]
    public void ALoneNameWithACountryIsNoList()
    {
        var d = TestArticles.Extract(Lead + "Puerto Vallen of Chile is a fishing port.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "person:puerto-vallen");
    }
}
