namespace RelationsGraph.Extraction.Tests;

/// <summary>A bare office in a clause that names someone else is the other party: its current holder, not the one named.</summary>
public class OfficeOfAnotherInTheClauseTests
{
    [Fact]
    public void TheOfficeCalledIsNotTheCallerNamedBeforeIt()
    {
        var d = TestArticles.Extract("""
            date 2025-03-10 Ghanaian President Kwabena Ampadu-Sarfo hosted a regional meeting in Accra on Monday.
            Togolese President Edem Akousseh telephoned the President on Friday to discuss the border.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.True(d.Has("ATTENDED", "person:edem-akousseh", call.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:kwabena-ampadu-sarfo", call.Id), d.Dump());
    }

    [Fact]
    public void AFormerHolderIsNotThePresident()
    {
        var d = TestArticles.Extract("""
            date 2025-03-10 President Anselmo Quirbet of Chile and former President Ramiro Valdeste disagreed over the plan.
            On Tuesday Mr. Valdeste telephoned the President from his farm near the coast.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.True(d.Has("ATTENDED", "person:anselmo-quirbet", call.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ramiro-valdeste", call.Id), d.Dump());
    }
}
