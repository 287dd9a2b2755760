namespace RelationsGraph.Extraction.Tests;

/// <summary>Meetings held on the sidelines of a larger gathering: who attends the gathering, and where the side meeting is.</summary>
public class SideMeetingTests
{
    [Fact]
    public void SidelinesPhraseAfterTheTalksMakesThemASideMeetingHeldAtTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2025-06-17 Portuguese Prime Minister Rui Matos held talks with Kenyan President Daniel Kiprop on Monday on the sidelines of the Group of Seven summit in Kananaskis, Canada.
            """);
        var summit = d.OfType("Meeting").Single(m => m.Aliases.Contains("G7 summit"));
        var talks = d.OfType("Meeting").Single(m => m.Id != summit.Id);
        Assert.True(d.Has("HELD_IN", talks.Id, "place:kananaskis"), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:rui-matos", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:daniel-kiprop", summit.Id), d.Dump());
    }

    [Fact]
    public void SideMeetingToldLaterIsHeldWhereTheSummitIs()
    {
        var d = TestArticles.Extract("""
            date 2024-11-19 Leaders agreed a declaration at the G20 summit in Rio de Janeiro on Monday.
            On the sidelines, Polish Prime Minister Donald Tusk held talks with Indian Prime Minister Narendra Modi.
            """);
        var g20 = d.OfType("Meeting").Single(m => m.Aliases.Contains("G20 summit"));
        var talks = d.OfType("Meeting").Single(m => m.Id != g20.Id);
        Assert.True(d.Has("HELD_IN", talks.Id, "place:rio-de-janeiro"), d.Dump());
    }

    [Fact]
    public void APhoneCallOnTheSidelinesIsHeldNowhere()
    {
        var d = TestArticles.Extract("""
            date 2024-11-19 Leaders agreed a declaration at the G20 summit in Rio de Janeiro on Monday.
            On the sidelines, Polish Prime Minister Donald Tusk held a phone call with Indian Prime Minister Narendra Modi.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.From == call.Id);
    }
}
