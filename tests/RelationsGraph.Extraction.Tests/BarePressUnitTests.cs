namespace RelationsGraph.Extraction.Tests;

/// <summary>A press unit named by its generic words alone is the issuer's own desk, not a body of the story.</summary>
public class BarePressUnitTests
{
    private const string Opening = "date 2024-05-20 Ministers from Chile and Peru met in Lima on Monday to discuss river ports. ";

    private static List<string> Organizations(string text) =>
        TestArticles.Extract(Opening + text).OfType("Organization").Select(e => e.Name).ToList();

    [Fact]
    public void APressOfficeReferredToBareIsNoBody()
    {
        var names = Organizations("Maps of the new quays can be requested from the Press Office until Friday.");
        Assert.DoesNotContain("Press Office", names);
    }

    [Fact]
    public void APressServiceSigningOffIsNoBody()
    {
        var names = Organizations("Both sides will meet again in the autumn.\n\nPress Service\nenquiries by telephone only");
        Assert.DoesNotContain("Press Service", names);
    }

    [Fact]
    public void ANamedPressOfficeStaysABody()
    {
        var names = Organizations("Maps of the new quays can be requested from the Harbour Board Press Office until Friday.");
        Assert.Contains(names, n => n.EndsWith("Press Office") && n != "Press Office");
    }
}
