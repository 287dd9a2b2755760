namespace RelationsGraph.Extraction.Tests;

/// <summary>A story whose lead tells a phone call gives its dateline city to none of the other meetings it tells.</summary>
public class CallReadoutDatelineTests
{
    [Fact]
    public void TalksToldInACallReadoutAreNotInTheDatelineCity()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norwegian Prime Minister Sven Ahlgren spoke by telephone on Friday with Polish Prime Minister Marek Zielny about fishing quotas.

            Their trade ministers, Mirja Holm and Lars Berg, held talks on the quotas.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:oslo");
    }

    [Fact]
    public void TalksToldWithoutACallStayInTheDatelineCity()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norwegian Prime Minister Sven Ahlgren met Polish Prime Minister Marek Zielny on Friday to discuss fishing quotas.

            Their trade ministers, Mirja Holm and Lars Berg, held talks on the quotas.
            """);
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:oslo");
    }
}
