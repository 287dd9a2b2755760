namespace RelationsGraph.Extraction.Tests;

/// <summary>Sovereigns and princes written with their realm after "of" ("King X II of Y", "Prince X of Y") keep that form among their names.</summary>
public class NameWithItsRealmTests
{
    [Fact]
    public void AStyledKingWithANumeralKeepsTheFormWithHisRealm()
    {
        var d = TestArticles.Extract("date 1703-05-04 Envoys of King Osvald IV of Denmark reached the manor near Halmstad after a week on muddy roads.");
        Assert.Contains(d.OfType("Person"), p => p.Aliases.Contains("King Osvald IV of Denmark") && p.Aliases.Contains("Osvald IV of Denmark"));
    }

    [Fact]
    public void ANumberedNameWithoutAStyleKeepsTheFormWithItsRealm()
    {
        var d = TestArticles.Extract("date 1661-02-10 The marriage was arranged by the courts of Casimir III of Poland and the old elector, after two winters of letters.");
        Assert.Contains(d.OfType("Person"), p => p.Aliases.Contains("Casimir III of Poland"));
    }

    [Fact]
    public void AStyledSingleGivenNameWithItsRealmIsAPerson()
    {
        var d = TestArticles.Extract("date 1716-08-01 In Vienna, Prince Anselm of Varduz, president of the war council, sent a new commander to the frontier.");
        Assert.Contains(d.OfType("Person"), p => p.Aliases.Contains("Prince Anselm of Varduz"));
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Varduz");
    }

    // Guard (passes with the rule off too): a realm of several capitalised words may be a body's name, and is not joined.
    [Fact]
    public void ARealmOfSeveralCapitalisedWordsIsNotJoined()
    {
        var d = TestArticles.Extract("date 1716-08-01 Prince Anselm Varek of Tessau Castle Trust opened the archive to readers on Tuesday.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Aliases.Any(a => a.EndsWith("of Tessau", StringComparison.Ordinal)));
    }
}
