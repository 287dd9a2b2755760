namespace RelationsGraph.Extraction.Tests;

/// <summary>A long office title told before the name whose country's formal name closes it, far from the office noun.</summary>
public class LongTitleBeforeNameTests
{
    [Fact]
    public void TheChairOfAStateCommitteeOfANamedRepublicServesIt()
    {
        var d = TestArticles.Extract("date 2024-06-02 The other side was headed by the Chairman of the National Commission for Land and Forest Resources of the Republic of Uzbekistan, Rustam Alimov, who arrived on Monday.");
        Assert.True(d.Has("REPRESENTS", "person:rustam-alimov", "country:uz"), d.Dump());
    }

    [Fact]
    public void AChairOfABodyWithNoCountryTellsNone()
    {
        var d = TestArticles.Extract("date 2024-06-02 The other side was headed by the Chairman of the Commission for Land and Forest Resources, Rustam Alimov, who arrived on Monday.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:rustam-alimov");
    }
}
