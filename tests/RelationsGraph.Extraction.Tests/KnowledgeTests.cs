using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Tests;

public class KnowledgeTests
{
    [Fact]
    public void AllUnMemberStatesAndObserversAreKnown()
    {
        var kb = KnowledgeBase.Default;
        Assert.True(kb.Countries.Count >= 195);
        Assert.Equal("VA", kb.Lookup("Holy See").Single(e => e.Kind == GazetteerKind.Country).Iso2);
        Assert.Equal("PS", kb.Lookup("Palestine").Single(e => e.Kind == GazetteerKind.Country).Iso2);
        Assert.Contains(kb.Lookup("Ivorian"), e => e.Kind == GazetteerKind.Demonym && e.Iso2 == "CI");
        Assert.Contains(kb.Lookup("Canberra"), e => e.Kind == GazetteerKind.Capital && e.Iso2 == "AU");
    }

    [Fact]
    public void UserFilesAreMergedWithTheBuiltInData()
    {
        var dir = Directory.CreateTempSubdirectory("rg-knowledge-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "officeholders.txt"), "Ana Ferreira Lobo|PT|Foreign Minister|2031-|\n");
            File.WriteAllText(Path.Combine(dir.FullName, "organizations.txt"), "Atlantic Shore Compact|ASC|bloc\n");
            var kb = KnowledgeBase.Load(dir.FullName);
            Assert.Contains(kb.Lookup("Ana Ferreira Lobo"), e => e.Kind == GazetteerKind.Person && e.Iso2 == "PT");
            Assert.Contains(kb.Lookup("ASC"), e => e.Kind == GazetteerKind.Organization);
            Assert.Contains(kb.Lookup("Japan"), e => e.Kind == GazetteerKind.Country);

            var d = new Extractor(kb).Extract(new Reading.ArticleReader(kb).FromText("a.txt", "Ana Ferreira Lobo arrived in Lisbon. Portugal welcomed the ASC summit."));
            Assert.True(d.Has("REPRESENTS", "person:ana-ferreira-lobo", "country:pt"), d.Dump());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void WireDatelinesGiveTheSourceAndLeaveTheText()
    {
        var article = TestArticles.Read("LIMA, Nov 3 (Reuters) - Peru and Chile signed a water treaty on Monday.");
        Assert.Equal("Reuters", article.Source);
        Assert.StartsWith("Peru and Chile", article.Text);
    }

    [Fact]
    public void AnAppositionWithACountrysOfficeGivesTheRole()
    {
        var d = TestArticles.Extract("\"We are ready,\" said Lena Moravec, Slovakia's deputy foreign minister.");
        Assert.True(d.Has("REPRESENTS", "person:lena-moravec", "country:sk"), d.Dump());
    }
}
