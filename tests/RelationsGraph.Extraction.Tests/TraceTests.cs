using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Tests;

public class TraceTests
{
    [Fact]
    public void TheTraceShowsEveryStageWithTheRuleBehindEachItem()
    {
        var trace = new ExtractionTrace();
        // A president no knowledge lists, so the trace shows the rule that finds people from their titles.
        var article = new ArticleReader().FromText("trace.txt", """
            Share | Tweet | Email
            date 2024-06-02 Ghanaian President Kofi Mensah-Boateng held talks with Ivorian President Alassane Ouattara in Accra on Monday.
            The two leaders signed a joint declaration on border security.
            """, trace);
        var document = new Extractor().Extract(article, trace);

        Assert.Equal(["reading", "cleaning", "sentences and tokens", "name mentions", "entity resolution and coreference", "dates", "meetings", "agreements", "graph with evidence"],
            trace.Stages.Select(s => s[..s.IndexOf(':')]));
        var text = trace.ToString();
        Assert.Contains("page chrome dropped: \"Share | Tweet | Email\"", text);
        Assert.Contains("Person 'Kofi Mensah-Boateng' title 'President' country GH  <- title before the name", text);
        Assert.Contains("PRODUCED ", text);
        Assert.Contains("<- concluded in a sentence reporting the meeting", text);
        // Tracing changes nothing in the result.
        Assert.Equal(ExtractionJsonOf(new Extractor().Extract(article)), ExtractionJsonOf(document));
    }

    private static string ExtractionJsonOf(RelationsGraph.Extraction.Model.ExtractionDocument d) => RelationsGraph.Extraction.Model.ExtractionJson.Serialize(d);
}
