using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests;

/// <summary>A bare month names its nearest occurrence: a future cue elsewhere in the sentence does not push a recent month a year ahead.</summary>
public class NearestMonthTests
{
    private static string? Resolve(string sentence, string published, string month) =>
        DateResolver.Find(SentenceSplitter.Split(sentence)[0], DateOnly.Parse(published)).FirstOrDefault(d => d.Text.Contains(month))?.Value;

    [Theory]
    // A month a few months behind, in a past clause, with a future cue elsewhere: this year's.
    [InlineData("The two ministers last met in February in Tarnova, and are expected to meet again at the autumn forum.", "2024-05-20", "February", "2024-02")]
    [InlineData("In line with the accord their leaders reached at Velmora in October, the two sides would widen the fishing zone.", "2031-12-02", "October", "2031-10")]
    [InlineData("The treaty had been expected in April, when the premier paid a call on Dastrin.", "2019-07-14", "April", "2019-04")]
    // A month as far ahead as behind, or farther behind: next year's.
    [InlineData("The president said he would travel to Qorvan in March.", "2027-09-30", "March", "2028-03")]
    [InlineData("The new mission is due to take over from the monitors in January.", "2022-10-11", "January", "2023-01")]
    // The month's own clause looks ahead: next year's even when the month is near behind.
    [InlineData("Officials said the envoy is scheduled to return to Pellmark in April.", "2025-06-03", "April", "2026-04")]
    // A month a few months ahead, in a sentence that reports nothing past: the coming one.
    [InlineData("Negotiators hope to close the first chapter by the bloc's summit in Ostravel in August.", "2029-04-09", "August", "2029-08")]
    // The same month in a sentence that reports the past: last year's, as before.
    [InlineData("The ministers met in Ostravel in August to open the first chapter.", "2029-04-09", "August", "2028-08")]
    // A month ahead of the story whose own clause reports a past act, with a future cue in another clause: the last one.
    [InlineData("Envoys stressed that the truce signed in Marrowby in July, which allowed a ballot to be held in the port, must still be followed by a settlement.", "2033-03-05", "July", "2032-07")]
    [InlineData("The delegations, which met in Korvath in October, will resume the talks after the holidays.", "2026-02-11", "October", "2025-10")]
    // The same month after "be" is a plan: the coming one.
    [InlineData("The charter will be signed in Marrowby in July.", "2033-03-05", "July", "2033-07")]
    // A month told again without its year, in the sentence that told it with one: that year.
    [InlineData("In May 1998 the premier flew to Corvena for talks that produced the May 12 Declaration on river trade.", "2021-06-30", "May 12", "1998-05-12")]
    [InlineData("The envoys first met in September 2011 and met again later in September to initial the text.", "2019-10-02", "later in September", "2011-09")]
    // Another month keeps its own reading.
    [InlineData("In May 1998 the premier flew to Corvena; the accord followed on April 2.", "2021-06-30", "April 2", "2021-04-02")]
    public void ABareMonthIsItsNearestOccurrence(string sentence, string published, string month, string expected) =>
        Assert.Equal(expected, Resolve(sentence, published, month));
}
