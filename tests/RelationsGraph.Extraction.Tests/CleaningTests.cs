using RelationsGraph.Extraction.Cleaning;

namespace RelationsGraph.Extraction.Tests;

public class CleaningTests
{
    [Fact]
    public void WidgetsHashtagsCopyrightAndNoticesAreRemoved()
    {
        const string body = """
            The foreign ministers met in Lisbon.
            big font | small font | print
            twitter share
            #diplomacy #Lisbon
            Copyright by Example Daily
            Please log in to read and comment on our stories.
            They agreed to meet again.
            """;
        var cleaned = ArticleCleaner.Clean(body);
        Assert.Equal("The foreign ministers met in Lisbon.\nThey agreed to meet again.", cleaned);
    }

    [Fact]
    public void EverythingFromTheCommentsBlockOnIsDropped()
    {
        const string body = "The ministers met in Rome.\n\n12 Comments\nLogin to comment\nfan99\nGreat news for Brazil.";
        Assert.Equal("The ministers met in Rome.", ArticleCleaner.Clean(body));
    }

    [Fact]
    public void ACommentCountAmongTheShareLinksDoesNotEndTheStory()
    {
        const string body = "Facebook\nTwitter\nEmail\nComments (3)\n\nThe trade ministers met in Valdora on Friday.\n\nComments (3)\nrivergull\nAbout time.";
        Assert.Equal("Facebook\nTwitter\n\nThe trade ministers met in Valdora on Friday.", ArticleCleaner.Clean(body));
    }

    [Fact]
    public void ACommentCountInTheShareBarOverTheStoryIsNoCommentsBlock()
    {
        const string body = "Ministers agree on river plan\n\nTwitter\nEmail\nComments (7)\n\nThe water ministers of Orland and Vesk agreed a plan on Tuesday.";
        Assert.EndsWith("The water ministers of Orland and Vesk agreed a plan on Tuesday.", ArticleCleaner.Clean(body));
    }

    [Fact]
    public void AShareBarRightAboveTheOnlyCommentsHeadingStillEndsTheStory()
    {
        const string body = "The trade ministers of Orland and Vesk met in Valdora on Friday.\n\nThey agreed to open two border crossings by the spring.\n\n" +
                            "Both sides said a customs accord might follow within months.\n\nFacebook\nTwitter\nComments (3)\nrivergull\nAbout time.";
        Assert.EndsWith("follow within months.\n\nFacebook\nTwitter", ArticleCleaner.Clean(body));
    }

    [Fact]
    public void CommentsAndChromeNeverBecomeEntities()
    {
        var d = TestArticles.Extract("Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Brasilia.\n\n4 Comments\nLogin to comment\nsamba_fan\nAustralia should watch this, said Peter Smith.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:au");
        Assert.DoesNotContain(d.Entities, e => e.Name.Contains("Smith"));
    }

    [Theory]
    [InlineData("The talks ended.\n© Example Press", "Example Press")]
    [InlineData("The talks ended, officials said. (Yonhap)", "Yonhap")]
    [InlineData("The talks ended, officials said. KYODO NEWS", "Kyodo News")]
    public void SourceCreditsAreFound(string text, string source)
    {
        var article = TestArticles.Read(text);
        Assert.Equal(source, article.Source);
        Assert.DoesNotContain("KYODO NEWS", article.Text);
    }
}
