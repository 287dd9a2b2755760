namespace RelationsGraph.Extraction.Tests;

/// <summary>"laid a wreath at the statue of X", "the monument to Marshal Y": the one a memorial honours is not at the gathering.</summary>
public class HonouredByAMemorialTests
{
    [Fact]
    public void WhomTheStatueOrMonumentHonoursDidNotAttend()
    {
        var d = TestArticles.Extract("""
            date 2024-06-18 TARVENBURG, June 18 - President Elsa Mirovant of Norlandia arrived in Tarvenburg on Tuesday, opening a two-day state visit to Kessaria.
            She laid a wreath at the statue of Tobias Harlinde, the founder of the old republic, and later at the monument to Marshal Oskar Wendeline.
            """);
        Assert.True(d.Relationships.Any(r => r.Type == "ATTENDED" && r.From == "person:elsa-mirovant"));
        Assert.False(d.Relationships.Any(r => r.Type == "ATTENDED" && r.From == "person:tobias-harlinde"));
        Assert.False(d.Relationships.Any(r => r.Type == "ATTENDED" && r.From == "person:oskar-wendeline"));
    }
}
