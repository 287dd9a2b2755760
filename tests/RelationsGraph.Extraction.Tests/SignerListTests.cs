namespace RelationsGraph.Extraction.Tests;

/// <summary>Who signed: long "signed by" lists, "and for B by", and the counterpart after "signed ... with".</summary>
public class SignerListTests
{
    [Fact]
    public void EveryNameOfALongSignedByListSigned()
    {
        var d = TestArticles.Extract("""
            date 2024-02-12 A freight agreement was signed in Vienna by Austria's Federal Minister for Climate Action and Energy Leonore Gewessler and Hungary's Foreign Minister Peter Szijjarto, with the two chancellors looking on.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:peter-szijjarto", agreement.Id), d.Dump());
    }

    [Fact]
    public void ANameDescribingAnotherAgentDidNotSign()
    {
        var d = TestArticles.Extract("""
            date 2020-12-22 The declaration was signed in Rabat by Foreign Minister Nasser Bourita for Morocco, by Avi Berkowitz, a senior adviser to U.S. President Donald Trump, and by Meir Ben-Shabbat for Israel, in the presence of the king.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:avi-berkowitz", declaration.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:donald-trump", declaration.Id), d.Dump());
    }

    [Fact]
    public void TheCounterpartAfterSignedWithSignedToo()
    {
        var d = TestArticles.Extract("""
            date 2024-09-03 Putin recalled the Treaty on Good Neighbourly Relations that he signed with his counterpart, Khaltmaagiin Battulga, in 2019.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:khaltmaagiin-battulga", treaty.Id), d.Dump());
    }

    [Fact]
    public void EveryCounterpartListedAfterSignedWithSignedToo()
    {
        var d = TestArticles.Extract("""
            date 2019-03-14 In Brussels, Commission President Ursula von der Leyen signed a joint roadmap with Finnish Prime Minister Sanna Marin, Swedish Prime Minister Magdalena Andersson and Norway's Jonas Gahr Store.
            """);
        var roadmap = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:sanna-marin", "person:magdalena-andersson", "person:jonas-gahr-store" })
            Assert.True(d.Has("SIGNED", person, roadmap.Id), d.Dump());
    }

    [Fact]
    public void ANameAfterTheCounterpartsClauseDidNotSign()
    {
        var d = TestArticles.Extract("""
            date 2019-03-14 Ursula von der Leyen signed a joint roadmap with Sanna Marin, who said Magdalena Andersson would follow.
            """);
        var roadmap = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:sanna-marin", roadmap.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:magdalena-andersson", roadmap.Id), d.Dump());
    }

    [Fact]
    public void ACounterpartOfAnotherDocumentDidNotSignTheLaterOne()
    {
        var d = TestArticles.Extract("""
            date 2020-10-03 Abdelaziz al-Hilu signed a declaration of principles with Abdalla Hamdok in Addis Ababa and has yet to sign the peace deal itself.
            """);
        foreach (var agreement in d.OfType("Agreement").Where(a => a.Kind == "deal"))
            Assert.False(d.Has("SIGNED", "person:abdalla-hamdok", agreement.Id), d.Dump());
    }
}

/// <summary>Which document a signing verb governs when a sentence names several.</summary>
public class SigningVerbScopeTests
{
    [Fact]
    public void TheNearestSigningVerbGovernsItsObject()
    {
        var d = TestArticles.Extract("""
            date 2023-12-07 Foreign Ministers Giorgos Gerapetritis and Hakan Fidan signed a joint action plan on trade, and the two interior ministries signed a memorandum on migration.
            """);
        var memorandum = Assert.Single(d.OfType("Agreement"), a => a.Aliases.Any(x => x.Contains("memorandum", StringComparison.Ordinal)));
        Assert.False(d.Has("SIGNED", "person:hakan-fidan", memorandum.Id), d.Dump());
    }

    [Fact]
    public void ANewClauseWithItsOwnSubjectEndsTheVerbsReach()
    {
        var d = TestArticles.Extract("""
            date 2020-09-15 Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin signed the Egypt-Israel peace treaty in 1979, and Jordan followed with its own treaty in 1994.
            """);
        var jordan = Assert.Single(d.OfType("Agreement"), a => a.Year == 1994);
        Assert.False(d.Has("SIGNED", "person:anwar-sadat", jordan.Id), d.Dump());
    }

    [Fact]
    public void ADeniedDocumentIsNotSigned()
    {
        var d = TestArticles.Extract("""
            date 2018-03-21 South African President Cyril Ramaphosa signed the Kigali Declaration but not the trade agreement.
            """);
        foreach (var agreement in d.OfType("Agreement").Where(a => a.Kind != "declaration"))
            Assert.False(d.Has("SIGNED", "person:cyril-ramaphosa", agreement.Id), d.Dump());
    }

    [Fact]
    public void OnlookersBeforeASubordinateClauseDidNotSign()
    {
        var d = TestArticles.Extract("""
            date 2020-02-29 In Kabul, U.S. Defense Secretary Mark Esper stood with Afghan President Ashraf Ghani as the two governments issued a joint declaration.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:ashraf-ghani", declaration.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:mark-esper", declaration.Id), d.Dump());
    }
}
