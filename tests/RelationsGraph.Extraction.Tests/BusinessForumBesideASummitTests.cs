namespace RelationsGraph.Extraction.Tests;

/// <summary>"... had opened a business forum on Wednesday": a forum of companies beside a summit is its own event and does not lend the summit its day.</summary>
public class BusinessForumBesideASummitTests
{
    private const string Lead = "date 2025-03-06 Norway and Iceland held their first joint cabinet summit, co-chaired by Prime Minister Arne Solvik of Norway and Prime Minister Hekla Jonsdottir of Iceland.";

    [Fact]
    public void TheForumDayDoesNotDateTheSummit()
    {
        var d = TestArticles.Extract(Lead + "\nOn Wednesday Solvik had opened a business forum with Norwegian and Icelandic shipping firms, where he promised cheaper port fees.\n");
        var summits = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:hekla-jonsdottir", m.Id)).ToList();
        Assert.NotEmpty(summits);
        Assert.All(summits, m => Assert.NotEqual("2025-03-05", m.Date));
    }
}
