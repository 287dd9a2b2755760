namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A meeting noun that is the subject of its clause takes the tense of its own verb, told after the noun's modifier ("a summit of
/// the union's heads of state will be held in X"): a future there makes the reference a plan, and a plan told after a held grouping
/// summit, placed where that summit never is, is the following sitting, not the place of the summit told.
/// </summary>
public class PlanAfterTheModifierTests
{
    [Fact]
    public void AFutureSittingOfTheBlocAfterItsModifierIsAPlanPlacedApart()
    {
        var d = TestArticles.Extract("""
            Bolivian President Rosa Quispe and Ecuadorian President Mateo Lara attended the Andean Community summit in Lima on Tuesday. Officials said an emergency summit of the community's heads of state will be held in Cusco later this month.
            """);
        var held = d.OfType("Meeting").First(m => m.Status == "held");
        Assert.True(d.Has("HELD_IN", held.Id, "place:lima"), d.Dump());
        Assert.False(d.Has("HELD_IN", held.Id, "place:cusco"), d.Dump());
        var plan = d.OfType("Meeting").Single(m => m.Status == "planned");
        Assert.True(d.Has("HELD_IN", plan.Id, "place:cusco"), d.Dump());
    }

    // A past verb after the modifier tells a sitting held: it stays the one summit, held where it was.
    [Fact]
    public void APastVerbAfterTheModifierKeepsTheSittingHeld()
    {
        var d = TestArticles.Extract("""
            The summit of the Andean Community's leaders was held in Cusco on Tuesday, with Bolivian President Rosa Quispe in the chair.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Status == "planned");
        var held = d.OfType("Meeting").Single(m => m.Status == "held");
        Assert.True(d.Has("HELD_IN", held.Id, "place:cusco"), d.Dump());
    }

    // The held summit names no place of its own: the plan's town went to it before, as if the sitting told were held there.
    [Fact]
    public void AGroupingsNextSittingDoesNotPlaceTheSummitHeld()
    {
        var d = TestArticles.Extract("""
            Bolivian President Rosa Quispe and Ecuadorian President Mateo Lara attended the Andean Community summit on Tuesday. On the sidelines, Quispe told reporters that an extraordinary summit of the Andean Community will be held in Cusco later this month.
            """);
        var held = d.OfType("Meeting").Single(m => m.Status == "held");
        Assert.True(d.Has("ATTENDED", "person:mateo-lara", held.Id), d.Dump());
        Assert.False(d.Has("HELD_IN", held.Id, "place:cusco"), d.Dump());
        var plan = d.OfType("Meeting").Single(m => m.Status == "planned");
        Assert.True(d.Has("HELD_IN", plan.Id, "place:cusco"), d.Dump());
    }
}
