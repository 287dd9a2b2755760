namespace RelationsGraph.Extraction.Tests;

/// <summary>"X welcomed the outcome of the talks through his spokesman", "Y, in a brief message to the guests": a remark sent from afar is no seat at the gathering.</summary>
public class RemarkFromAfarTests
{
    [Fact]
    public void WhoWelcomedTheTalksThroughASpokesmanWasNotThere()
    {
        var d = TestArticles.Extract("""
            date 2024-09-03 DORVANT, Sept 3 - Foreign Minister Halvor Stenmark of Norlandia held talks in Dorvant on Tuesday with Foreign Minister Odile Varenne of Kessaria on their river border.
            Coast League Secretary-General Pietro Lanzavecchia welcomed the outcome of the talks through his spokesman in Gravenholt.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:halvor-stenmark", talks.Id));
        Assert.False(d.Has("ATTENDED", "person:pietro-lanzavecchia", talks.Id));
    }

    [Fact]
    public void WhoseMessageWasReadOutAtTheCeremonyWasNotThere()
    {
        var d = TestArticles.Extract("""
            date 2024-09-03 DORVANT, Sept 3 - Foreign Minister Halvor Stenmark of Norlandia and Foreign Minister Odile Varenne of Kessaria signed a river border treaty at a ceremony in Dorvant on Tuesday.
            Prime Minister Casimir Oldeberg, in a message that was read at the ceremony, called the treaty a model for the region.
            """);
        Assert.True(d.Relationships.Any(r => r.Type == "ATTENDED" && r.From == "person:halvor-stenmark"));
        Assert.False(d.Relationships.Any(r => r.Type == "ATTENDED" && r.From == "person:casimir-oldeberg"));
    }

    [Fact]
    public void TheCounterpartBeforeAnotherSubjectsStatementWasThere()
    {
        var d = TestArticles.Extract("""
            date 2024-09-03 DORVANT, Sept 3 - Foreign Minister Halvor Stenmark of Norlandia arrived in Dorvant on Tuesday, where he held talks with his Kessarian counterpart, Odile Varenne, the ministry said in a statement.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:halvor-stenmark", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:odile-varenne", talks.Id), d.Dump());
    }
}
