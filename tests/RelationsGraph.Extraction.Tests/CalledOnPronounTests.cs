namespace RelationsGraph.Extraction.Tests;

/// <summary>A call paid on someone told as a pronoun ("Y called on him") is an encounter of the caller with the subject the story followed.</summary>
public class CalledOnPronounTests
{
    [Fact]
    public void ThePronounIsTheSubjectOfTheSentenceBefore()
    {
        var d = TestArticles.Extract("""
            date 2023-03-08 Estonian Prime Minister Mart Kuusik arrived in Bratislava on Monday for a two-day visit to Slovakia.
            Slovak Foreign Minister Zuzana Hrabovska called on him that evening.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:zuzana-hrabovska", m.Id) && d.Has("ATTENDED", "person:mart-kuusik", m.Id));
    }

    [Fact]
    public void ThePronounIsTheSubjectOfAnEarlierClause()
    {
        var d = TestArticles.Extract("""
            date 2023-03-08 Estonian Prime Minister Mart Kuusik opened a trade fair in Bratislava on Tuesday.
            Earlier on Tuesday, Kuusik planted a linden tree at the Orava Gardens, and Slovak Interior Minister Pavol Rybar called on him.
            """);
        var call = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:pavol-rybar", m.Id)).ToList();
        Assert.NotEmpty(call);
        Assert.All(call, m => Assert.True(d.Has("ATTENDED", "person:mart-kuusik", m.Id), d.Dump()));
    }

    [Fact]
    public void AnAppealToHimIsNoCall()
    {
        var d = TestArticles.Extract("""
            date 2023-03-08 Estonian Prime Minister Mart Kuusik returned to Tallinn on Monday.
            Opposition leader Ivo Tammsaar called on him to resign over the budget.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ivo-tammsaar", m.Id));
    }
}
