namespace RelationsGraph.Extraction.Tests;

/// <summary>National legislatures named by their own words ("the Sejm", "the Storting") and chambers named for their members are bodies.</summary>
public class NationalLegislatureNamesTests
{
    [Fact]
    public void ALegislaturesOwnNameIsABody()
    {
        var d = TestArticles.Extract("date 2024-06-02 Deputies in the Sejm voted on Tuesday to back the fishing quota that Ilka Varn had negotiated.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Sejm");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Sejm");
    }

    [Fact]
    public void AChamberNamedForItsMembersIsABodyNotAVenue()
    {
        var d = TestArticles.Extract("date 2024-06-02 The bill on river tolls now goes to the Chamber of Deputies, where Arno Delval expects a close vote.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Chamber of Deputies");
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Deputies"));
    }
}
