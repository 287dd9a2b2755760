namespace RelationsGraph.Extraction.Tests;

/// <summary>References of another kind naming none of a meeting's people belong to another gathering.</summary>
public class DisjointPeopleTests
{
    [Fact]
    public void ACallWithOtherPeopleIsNotTheUndatedMeetingBefore()
    {
        var d = TestArticles.Extract("""
            date 2025-02-10 Commission President Jean-Claude Juncker held a meeting with Lithuanian President Dalia Grybauskaite and Latvian Prime Minister Maris Kucinskis.
            On Saturday, Finnish President Alexander Stubb spoke by telephone about the grid.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.False(d.Has("ATTENDED", "person:jean-claude-juncker", call.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:alexander-stubb", call.Id), d.Dump());
    }
}

/// <summary>A signing needs its people in one room.</summary>
public class SigningIsNoCallTests
{
    [Fact]
    public void MinistersSigningAfterACallBetweenTheirLeadersMeetApart()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04 Kenyan President William Ruto spoke by phone with Ethiopian Prime Minister Abiy Ahmed on Monday.
            Kenyan Foreign Minister Musalia Mudavadi and Ethiopian Foreign Minister Gedion Timothewos signed a trade agreement.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.False(d.Has("ATTENDED", "person:musalia-mudavadi", call.Id), d.Dump());
    }
}

/// <summary>The meeting rules show in the trace: which rule put whom where.</summary>
public class MeetingRuleTraceTests
{
    [Fact]
    public void TheTraceNamesThePronounAndTheSideMeetingRules()
    {
        var trace = new RelationsGraph.Extraction.Pipeline.ExtractionTrace();
        var article = new RelationsGraph.Extraction.Reading.ArticleReader().FromText("trace.txt", """
            date 2024-11-19 Leaders agreed a declaration at the G20 summit in Rio de Janeiro on Monday.
            Polish Prime Minister Donald Tusk arrived late.
            He held talks with Indian Prime Minister Narendra Modi on the sidelines.
            """, trace);
        new Extractor().Extract(article, trace);
        var text = trace.ToString();
        Assert.Contains("'He' -> person:donald-tusk  <- pronoun subject continues the previous sentence's subject", text);
        Assert.Contains("<- a side meeting is held where its gathering is", text);
    }
}
