namespace RelationsGraph.Extraction.Tests;

/// <summary>A country a sentence names only inside one document's name is no side of another document of that sentence.</summary>
public class OtherDocumentsSidesTests
{
    [Fact]
    public void ACountryInsideAnotherDocumentsNameIsNotASide()
    {
        var d = TestArticles.Extract("""
            date 2024-11-20 Ghanaian President Nana Akufo-Addo and Togolese President Faure Gnassingbe concluded a fisheries treaty in Lome on Wednesday.

            Officials said the Togo treaty goes further than the Ivory Coast accord of 2019 on fishing quotas.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Year == 2019);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Year != 2019);
        Assert.False(d.Has("PARTY_TO", "country:ci", treaty.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:tg", accord.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ci", accord.Id), d.Dump());
    }
}
