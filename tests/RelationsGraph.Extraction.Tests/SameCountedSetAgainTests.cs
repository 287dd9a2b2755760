namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A package told again by the same count ("sign 17 deals" over "signed 17 agreements") is one
/// agreement, and a package absorbs none of its members ("sign 14 agreements", then "an Agreement on X") (see SameCountedSetAgain).
/// </summary>
public class SameCountedSetAgainTests
{
    private static bool HasSet(RelationsGraph.Extraction.Model.ExtractionDocument d, string words) =>
        d.OfType("Agreement").Any(a => a.Name.Contains(words, StringComparison.Ordinal) || a.Aliases.Any(x => x.Contains(words, StringComparison.Ordinal)));

    private static string Names(RelationsGraph.Extraction.Model.ExtractionDocument d) => string.Join("; ", d.OfType("Agreement").Select(a => a.Name + " [" + string.Join(", ", a.Aliases) + "]"));

    [Fact]
    public void ACountToldTwiceIsOnePackage()
    {
        var d = TestArticles.Extract("""
            Kalden and Reyl sign 17 deals

            KELBROOK, March 3 (Wire) - President Mira Kalden of Osterland and Prime Minister Tomas Reyl of Vandria on Tuesday signed 17 agreements on ports, grain and tourism.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("17", StringComparison.Ordinal) || a.Aliases.Any(x => x.Contains("17", StringComparison.Ordinal)));
    }

    [Fact]
    public void APackageAbsorbsNoneOfItsMembers()
    {
        var d = TestArticles.Extract("""
            Osterland and Vandria sign 14 agreements

            KELBROOK, March 3 (Wire) - President Mira Kalden of Osterland received Prime Minister Tomas Reyl of Vandria on Tuesday for a day of talks on trade and river traffic.

            Among the texts was an Agreement on Inland Navigation, signed by the two transport ministers.
            """);
        Assert.True(d.OfType("Agreement").Any(a => (a.Name.Contains("Inland Navigation", StringComparison.Ordinal) || a.Aliases.Any(x => x.Contains("Inland Navigation", StringComparison.Ordinal)))
                                                   && !a.Aliases.Any(x => x.Contains("14", StringComparison.Ordinal)) && !a.Name.Contains("14", StringComparison.Ordinal)), Names(d));
    }
}
