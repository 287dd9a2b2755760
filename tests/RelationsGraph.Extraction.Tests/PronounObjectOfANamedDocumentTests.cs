namespace RelationsGraph.Extraction.Tests;

/// <summary>"signed it" in a sentence that names a document only after the verb signs the document told before the sentence.</summary>
public class PronounObjectOfANamedDocumentTests
{
    [Fact]
    public void PutTheirNamesToItIsTheDocumentToldBefore()
    {
        var d = TestArticles.Extract("""
            date 2024-02-01 VELMAR - The Velmar Fisheries Accord between Chile and Peru was concluded in the port of Velmar on Monday.
            Foreign Minister Ramiro Olaverri of Chile and Foreign Minister Inés Carrandi of Peru put their names to it after two weeks of haggling that closed with a joint statement on quotas.
            """);
        var accord = d.OfType("Agreement").Single(a => a.Name.Contains("Fisheries"));
        Assert.True(d.Has("SIGNED", "person:ramiro-olaverri", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ines-carrandi", accord.Id), d.Dump());
    }

    [Fact]
    public void SignedItBeforeAJointStatementNamedLater()
    {
        var d = TestArticles.Extract("""
            date 2024-02-01 VELMAR - The Velmar Fisheries Accord between Chile and Peru was concluded in the port of Velmar on Monday.
            Foreign Minister Ramiro Olaverri of Chile signed it in the harbour office, where the ministers also issued a joint statement on quotas.
            """);
        var accord = d.OfType("Agreement").Single(a => a.Name.Contains("Fisheries"));
        Assert.True(d.Has("SIGNED", "person:ramiro-olaverri", accord.Id), d.Dump());
    }
}
