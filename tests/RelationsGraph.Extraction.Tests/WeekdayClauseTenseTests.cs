using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests;

/// <summary>A future cue told before a weekday moves the day ahead only when the weekday's own clause is about the future.</summary>
public class WeekdayClauseTenseTests
{
    private static string? Resolve(string sentence, string published) =>
        DateResolver.Find(SentenceSplitter.Split(sentence)[0], DateOnly.Parse(published)).FirstOrDefault(d => d.Text.Contains("day"))?.Value;

    [Theory]
    // 2024-06-12 is a Wednesday.
    [InlineData("Few here expected to see this day: on Monday the two presidents shook hands at the border post.", "2024-06-12", "2024-06-10")]
    [InlineData("The parties agreed on a plan to reopen the crossing, the mediator said late on Monday.", "2024-06-12", "2024-06-10")]
    [InlineData("The minister is due to fly to Lusaka on Monday for a two-day visit.", "2024-06-12", "2024-06-17")]
    [InlineData("The two plan to meet the press on Monday.", "2024-06-12", "2024-06-17")]
    public void TheWeekdaysOwnClauseSetsItsTense(string sentence, string published, string expected) =>
        Assert.Equal(expected, Resolve(sentence, published));
}
