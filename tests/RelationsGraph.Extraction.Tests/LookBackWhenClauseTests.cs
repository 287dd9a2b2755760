namespace RelationsGraph.Extraction.Tests;

/// <summary>A gathering told in a "when" clause hung on a look-back time ("a week ago, when ...", "earlier this month, when ...") is an earlier occasion, not more of the one reported.</summary>
public class LookBackWhenClauseTests
{
    [Fact]
    public void AVisitEarlierThisMonthStaysApartFromTheTalksReported()
    {
        var d = TestArticles.Extract("""
            date 2025-03-14 Moldovan President Ilinca Varga held talks with Romanian President Dorin Coman in Chisinau on Thursday.
            The two discussed the new bridge over the Prut and the power lines.
            The thaw began earlier this month, when Romanian Foreign Minister Sorin Vlad held talks with Varga.
            """);
        var talks = d.OfType("Meeting").Where(m => d.Has("HELD_IN", m.Id, "place:chisinau")).ToList();
        Assert.NotEmpty(talks);
        Assert.All(talks, m => Assert.False(d.Has("ATTENDED", "person:sorin-vlad", m.Id)));
    }

    [Fact]
    public void AMeetingAWeekAgoStaysApartFromTheTalksReported()
    {
        var d = TestArticles.Extract("""
            date 2025-03-14 Moldovan President Ilinca Varga held talks with Romanian President Dorin Coman in Chisinau on Thursday.
            The two discussed the new bridge over the Prut and the power lines.
            Their ministers prepared the ground a week ago, when Romanian Foreign Minister Sorin Vlad met Varga.
            """);
        var talks = d.OfType("Meeting").Where(m => d.Has("HELD_IN", m.Id, "place:chisinau")).ToList();
        Assert.NotEmpty(talks);
        Assert.All(talks, m => Assert.False(d.Has("ATTENDED", "person:sorin-vlad", m.Id)));
    }
}
