namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "exchanged three memoranda of understanding, on forestry, on river ports, and on trade schools": each topic with its own
/// "on" right after a plural of documents is a document of its own, of the plural's kind, made at the meeting by its sides
/// (see TopicItemsOfAPlural); a single "on" before a list of topics, or a definite plural, is no such list.
/// </summary>
public class TopicItemsOfAPluralTests
{
    private const string Lead = """
        date 2024-05-14 SERRUNDE, May 14 (Wire) - President Oswin Brakeley of Chile held talks in Serrunde on Tuesday with Prime Minister Jurga Talvik of Norway.


        """;

    [Fact]
    public void EachTopicWithItsOwnOnIsADocument()
    {
        var d = TestArticles.Extract(Lead + "Later in the day Brakeley and Talvik saw their ministers exchange three memoranda of understanding, on forestry, on river ports and fishing harbours, and on trade schools.");
        var docs = d.OfType("Agreement").ToList();
        foreach (var topic in new[] { "on forestry", "on river ports and fishing harbours", "on trade schools" })
        {
            var doc = Assert.Single(docs, a => a.Name.Contains(topic, StringComparison.Ordinal));
            Assert.Contains("memorandum of understanding", doc.Name, StringComparison.Ordinal);
            Assert.True(d.Has("PARTY_TO", "country:cl", doc.Id) && d.Has("PARTY_TO", "country:no", doc.Id), d.Dump());
        }
    }

    [Fact]
    public void OneOnBeforeAListOfTopicsIsOneDocument()
    {
        var d = TestArticles.Extract(Lead + "Later in the day Brakeley and Talvik saw their ministers exchange three memoranda on forestry, river ports and trade schools.");
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("on river ports", StringComparison.Ordinal) && !a.Name.Contains("forestry", StringComparison.Ordinal));
    }

    [Fact]
    public void ADefinitePluralIsNoListOfNewDocuments()
    {
        var d = TestArticles.Extract(Lead + "Both ministers then signed the protocols on forestry, on river ports, and on trade schools that are annexed to the main treaty.");
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("on river ports", StringComparison.Ordinal));
    }
}
