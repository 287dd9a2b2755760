using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A date printed only above the story ("Posted 2 May 2024") may fall a few days after the events, so it dates no weekday; but a
/// month named two or more months away from it falls in the same year whichever of those days the story was written on, so it
/// takes its year from that date. The month next to the date's own may lie across the month's end the lag hides: it stays open.
/// </summary>
public class OpeningLineMonthTests
{
    [Theory]
    [InlineData("The envoys first met in Kisumu in February.", "February", "2024-02")]
    [InlineData("The envoys first met in Kisumu in September.", "September", "2023-09")]
    [InlineData("The two delegations met in Kisumu on 14 November.", "14 November", "2023-11-14")]
    [InlineData("The two delegations met in Kisumu on 3 February.", "3 February", "2024-02-03")]
    [InlineData("The envoys met in Kisumu in April.", "April", null)]
    [InlineData("The envoys met in Kisumu in June.", "June", null)]
    [InlineData("The envoys met in Kisumu on 28 April.", "28 April", null)]
    public void AMonthFarFromAnOpeningLineDateTakesItsYear(string sentence, string phrase, string? expected)
    {
        var s = SentenceSplitter.Split(sentence)[0];
        var date = DateResolver.Find(s, null, new DateOnly(2024, 5, 2)).Single(d => d.Text.Contains(phrase));
        Assert.Equal(expected, date.Value);
    }

    [Fact]
    public void EarlierTalksInAnotherMonthStayApartFromTheSigningTheStoryReports()
    {
        var d = TestArticles.Extract("""
            *Posted 9 May 2024 by a staff writer*

            Zambian Foreign Minister Joseph Banda and Malawian Foreign Minister Grace Phiri signed the Luangwa River Accord in Lusaka.
            The text was settled at a round of talks between Banda and Phiri in Lilongwe in January.
            """);
        var talks = d.OfType("Meeting").Where(m => m.Date == "2024-01").ToList();
        Assert.Single(talks);
        Assert.True(d.Has("HELD_IN", talks[0].Id, "place:lilongwe"), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => m.Id != talks[0].Id && d.Has("ATTENDED", "person:joseph-banda", m.Id));
    }
}
