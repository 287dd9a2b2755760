namespace RelationsGraph.Extraction.Tests;

/// <summary>Wire datelines without an agency credit are filing metadata, not prose.</summary>
public class DatelineTests
{
    [Theory]
    [InlineData("LIMA, April 2 - Peru and Chile signed a water accord on Monday.")]
    [InlineData("LIMA - Peru and Chile signed a water accord on Monday.")]
    [InlineData("LIMA (AP) — Peru and Chile signed a water accord on Monday.")]
    public void BareDatelinesAreStripped(string line)
    {
        var article = TestArticles.Read("date 2025-04-02\nAccord signed\n\n" + line);
        Assert.Contains("Peru and Chile signed", article.Text);
        Assert.DoesNotContain("LIMA", article.Text);
    }

    [Fact]
    public void TheDatelineDateDoesNotDateTheStory()
    {
        var d = TestArticles.Extract("""
            date 2025-04-30
            OSLO, April 30 - Norwegian Prime Minister Jonas Gahr Store is expected to visit Canada in June, officials said.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("2025-06", meeting.Date);
    }
}
