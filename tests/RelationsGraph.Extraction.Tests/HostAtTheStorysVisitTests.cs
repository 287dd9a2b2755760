namespace RelationsGraph.Extraction.Tests;

/// <summary>The story's visit told with its visitor's side only: the counterpart the visitor signs or talks with is its host.</summary>
public class HostAtTheStorysVisitTests
{
    [Fact]
    public void TheCounterpartAtTheSigningHostsTheVisit()
    {
        var d = TestArticles.Extract("date 2024-05-15 Uruguayan President Mateo Lezcano began a two-day state visit to Paraguay on Tuesday. " +
                                     "The visit is the first by a Uruguayan leader in a decade. " +
                                     "On Wednesday Lezcano and Paraguayan President Anibal Rocaberti signed a river navigation agreement.");
        var visit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "visit");
        Assert.True(d.Has("ATTENDED", "person:mateo-lezcano", visit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:anibal-rocaberti", visit.Id), d.Dump());
    }

    [Fact]
    public void TheCounterpartMetAtTalksHostsTheVisit()
    {
        var d = TestArticles.Extract("date 2023-09-12 Chilean President Tomas Errazabal began an official visit to Bolivia on Monday. " +
                                     "The visit will last three days. " +
                                     "On Tuesday Errazabal met Bolivian President Rodrigo Quisbert in La Paz.");
        var visit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "visit");
        Assert.True(d.Has("ATTENDED", "person:rodrigo-quisbert", visit.Id), d.Dump());
    }

    [Fact]
    public void ASigningToldAsOftenAsTheVisitStillGivesItsHost()
    {
        var d = TestArticles.Extract("date 2024-05-15 Ecuadorian President Julian Ortuzar arrived in Lima on Monday for a two-day state visit to Peru. " +
                                     "Ortuzar and Peruvian President Hernan Valcarcel signed a fisheries agreement on Tuesday. " +
                                     "The visit is the first by an Ecuadorian leader since 2015. " +
                                     "The signing took place at the Torre Tagle Palace.");
        var visit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "visit");
        Assert.True(d.Has("ATTENDED", "person:hernan-valcarcel", visit.Id), d.Dump());
    }

    [Fact]
    public void TheCounterpartWhoGaveTheBanquetHostsTheVisit()
    {
        var d = TestArticles.Extract("date 2024-03-20 Colombian President Ernesto Villamizar began a three-day state visit to Panama on Monday. " +
                                     "It is the first such trip by a Colombian head of state since 2016. " +
                                     "On Tuesday evening Panamanian President Rogelio Ardines hosted a state banquet for Villamizar.");
        var visit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "visit");
        Assert.True(d.Has("ATTENDED", "person:rogelio-ardines", visit.Id), d.Dump());
    }
}
