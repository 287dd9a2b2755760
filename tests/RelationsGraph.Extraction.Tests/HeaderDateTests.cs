namespace RelationsGraph.Extraction.Tests;

/// <summary>News sites print the publication date among other furniture: an agency, a time, a UTC offset, a section list.</summary>
public class HeaderDateTests
{
    [Theory]
    [InlineData("WIRE NEWS - Mar 4, 2025 - 09:30 | Asia, All")]
    [InlineData("March 4, 2025 6:12 PM GMT+9 Updated 3 hours ago")]
    [InlineData("Published : Mar. 4, 2025 - 18:05")]
    [InlineData("Published On 4 Mar 2025")]
    public void DateAmongFurnitureIsThePublicationDate(string header)
    {
        var article = TestArticles.Read($"{header}\n\nFerry talks resume\n\nThe two ministers met on Tuesday in Oslo.");
        Assert.Equal(new DateOnly(2025, 3, 4), article.Published);
        Assert.Equal("Ferry talks resume", article.Title);
        Assert.DoesNotContain("2025", article.Text);
    }

    [Fact]
    public void HeadlineWithADateIsNotFurniture()
    {
        var article = TestArticles.Read("Summit set - Mar 4, 2025 in Oslo\n\nThe two ministers will meet in Oslo.");
        Assert.Null(article.Published);
        Assert.Contains("Summit set", article.Text);
    }
}
