namespace RelationsGraph.Extraction.Tests;

/// <summary>A publication date printed among header furniture, or in a wire dateline, dates the article.</summary>
public class HeaderDateTests
{
    [Theory]
    [InlineData("*Valletta, 3 March 2019*\n\nMalta and Tunisia held talks on fisheries.", "2019-03-03")]
    [InlineData("World | Friday, 8 May 2020\n\nMalta and Tunisia held talks on fisheries.", "2020-05-08")]
    [InlineData("*Posted 12 October 2018 by a staff writer*\n\nMalta and Tunisia held talks on fisheries.", "2018-10-12")]
    [InlineData("VALLETTA, Malta, Sept 9, 2017 (Island Wire) - Malta and Tunisia held talks on fisheries on Friday.", "2017-09-09")]
    public void TheHeaderDateIsThePublicationDate(string text, string expected)
    {
        var article = TestArticles.Read("Fisheries talks\n\n" + text);
        Assert.Equal(DateOnly.Parse(expected), article.Published);
    }

    [Fact]
    public void ADatelineWithoutAYearGivesNoDate()
    {
        var article = TestArticles.Read("Fisheries talks\n\nVALLETTA, Sept 9 (Island Wire) - Malta and Tunisia held talks that recalled a pact signed on 4 June 1998.");
        Assert.Null(article.Published);
    }
}
