namespace RelationsGraph.Extraction.Tests;

/// <summary>A look back at an earlier event neither dates nor joins the gathering the article reports.</summary>
public class EarlierEventTests
{
    [Fact]
    public void AYearBeforeTheMeetingNounDatesThatMeetingAheadOfTheSentencesOtherDate()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 The rail accord signed on Monday follows a route that Malaysian Prime Minister Anwar Ibrahim and Thai Prime Minister Srettha Thavisin agreed at their 2023 retreat in Penang.
            """);
        var retreat = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:penang"));
        Assert.Equal("2023", retreat.Date);
    }

    [Fact]
    public void ASigningYearsBeforeTheStoryIsNotTheUndatedSummitReported()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan witnessed the signing of a border pact at a summit in Arusha.
            The first pact was signed in March 2015 in Namanga, in the presence of Samia Suluhu Hassan and Kenyan President Uhuru Kenyatta.
            """);
        var current = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:william-ruto", m.Id));
        Assert.Null(current.Date);
        Assert.False(d.Has("ATTENDED", "person:uhuru-kenyatta", current.Id), d.Dump());
    }

    [Fact]
    public void WhereTheLeadersLastMetIsAnEarlierEncounterWithTheGatheringAroundIt()
    {
        var d = TestArticles.Extract("""
            date 2022-02-01 Kenyan President William Ruto and Ugandan President Yoweri Museveni witnessed the signing of a pipeline deal at a retreat in Mombasa.
            The two leaders last met in October on the sidelines of a summit in Kigali.
            """);
        var meetings = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:yoweri-museveni", m.Id)).ToList();
        Assert.Equal(2, meetings.Count);
        Assert.Contains(meetings, m => m.Date is null);
        Assert.Contains(meetings, m => m.Date == "2021-10" && d.Has("HELD_IN", m.Id, "place:kigali"));
    }

    [Fact]
    public void AWhereClauseAfterALastEncounterTellsThatEncounter()
    {
        var d = TestArticles.Extract("""
            date 2025-03-10 Indian External Affairs Minister S. Jaishankar spoke by phone with Australian Foreign Minister Penny Wong on Monday.
            The two ministers last met in person in November in Vientiane, where they held a trilateral meeting with Japanese Foreign Minister Takeshi Iwaya on the sidelines of the ASEAN forum.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.False(d.Has("ATTENDED", "person:takeshi-iwaya", call.Id), d.Dump());
        var earlier = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:vientiane"));
        Assert.True(d.Has("ATTENDED", "person:penny-wong", earlier.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:takeshi-iwaya", earlier.Id), d.Dump());
    }
}

/// <summary>The look-back rules show in the trace.</summary>
public class EarlierEventTraceTests
{
    [Fact]
    public void TheTraceNamesTheOwnYearAndTheEarlierEventRules()
    {
        var trace = new RelationsGraph.Extraction.Pipeline.ExtractionTrace();
        var article = new RelationsGraph.Extraction.Reading.ArticleReader().FromText("trace.txt", """
            date 2024-06-12 Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan witnessed the signing of a border pact at a summit in Arusha.
            The first pact was signed in March 2015 in Namanga, in the presence of Samia Suluhu Hassan and Kenyan President Uhuru Kenyatta.
            They had agreed its outline at their 2014 retreat in Mombasa.
            """, trace);
        new Extractor().Extract(article, trace);
        var text = trace.ToString();
        Assert.Contains("dated years before the story: an earlier event", text);
        Assert.Contains("dated by the year before its noun", text);
    }
}
