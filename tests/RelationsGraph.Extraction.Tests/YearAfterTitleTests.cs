namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A history piece dates a recalled treaty by the year told after its title ("the Treaty of X in 1712", "the Accord of X
/// (1911)"): that year is the treaty's own, not the story's.
/// </summary>
public class YearAfterTitleTests
{
    [Fact]
    public void AYearAfterInDatesTheTitledTreaty()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Historians gathered in Velmora on Tuesday to mark an old anniversary.
            The duchy lost its river forts under the Treaty of Ostravel in 1712, and never won them back.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Ostravel", StringComparison.Ordinal));
        Assert.Equal(1712, treaty.Year);
    }

    [Fact]
    public void AYearInBracketsDatesTheTitledTreaty()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Historians gathered in Velmora on Tuesday to mark an old anniversary.
            Speakers recalled that the Treaty of Ostravel (1911) had settled the border along the river.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Ostravel", StringComparison.Ordinal));
        Assert.Equal(1911, treaty.Year);
    }
}
