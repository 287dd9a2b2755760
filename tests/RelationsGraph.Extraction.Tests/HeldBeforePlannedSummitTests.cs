namespace RelationsGraph.Extraction.Tests;

/// <summary>"The summit" told as done points back to the grouping's summit held, not to one told only as coming.</summary>
public class HeldBeforePlannedSummitTests
{
    [Fact]
    public void TheSummitOfADoneAccountIsTheOneHeld()
    {
        var d = TestArticles.Extract("""
            date 2025-07-04 President Amara Velko of Ghana opened the African Union summit in Accra on Thursday.
            President Dario Mensor of Brazil will host the G20 summit in Johannesburg in November.
            Mensor met Prime Minister Lino Farsk of Portugal on the margins of the summit.
            """);
        var held = d.OfType("Meeting").Single(m => m.Id.Contains("african-union"));
        var coming = d.OfType("Meeting").Single(m => m.Id.Contains("group-of-twenty") || m.Id.Contains("g20"));
        Assert.True(d.Has("ATTENDED", "person:lino-farsk", held.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:lino-farsk", coming.Id), d.Dump());
    }

    [Fact]
    public void ASummitToldAsComingKeepsTheLatest()
    {
        var d = TestArticles.Extract("""
            date 2025-07-04 President Amara Velko of Ghana opened the African Union summit in Accra on Thursday.
            President Dario Mensor of Brazil will host the G20 summit in Johannesburg in November.
            Prime Minister Lino Farsk of Portugal will attend the summit.
            """);
        var held = d.OfType("Meeting").Single(m => m.Id.Contains("african-union"));
        Assert.False(d.Has("ATTENDED", "person:lino-farsk", held.Id), d.Dump());
    }
}
