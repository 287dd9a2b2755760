namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "by the end of 2031", "until the middle of 2040": a deadline that names a part of its period is a deadline still, so its
/// year neither dates the document signed in that sentence nor stands as the latest year an undated story is told at.
/// </summary>
public class DeadlineAtAPartOfTests
{
    [Fact]
    public void ADeadlineAtTheEndOfAYearDoesNotDateTheDocumentSigned()
    {
        var d = TestArticles.Extract("""
            Andean neighbours sign river treaty

            The presidents of Ecuador and Peru on Monday signed a treaty under which both countries will open a shared river port by the end of 2031, officials said.

            The treaty also sets up a joint commission to run the port.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.NotEqual(2031, treaty.Year);
    }

    [Theory]
    [InlineData("The ferry line opened in 2018 and must double its sailings by the end of 2030.", 2018)]
    [InlineData("The ferry line opened in 2018; fares stay frozen until the start of 2027.", 2018)]
    [InlineData("The ferry line opened in 2018 and reached its busiest month at the end of 2021.", 2021)]
    public void ADeadlineAtAPartOfAYearIsNotTheTimeOfTelling(string text, int year) =>
        Assert.Equal(year, Agreements.LatestYearTold.In(Text.SentenceSplitter.Split(text)));
}
