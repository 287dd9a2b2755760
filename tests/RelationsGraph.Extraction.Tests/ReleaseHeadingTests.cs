namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A press office's heading ("PRESS RELEASE — ...") or a series' masthead ("THE HARBOUR ARCHIVE -- ...") in capitals before a
/// dash has a dateline's shape but names no town: the story under it has no dateline, and no meeting is placed there.
/// </summary>
public class ReleaseHeadingTests
{
    [Theory]
    [InlineData("PRESS RELEASE — For immediate release\n\nThe foreign ministers of Talvia and Morrend met on Tuesday.")]
    [InlineData("NEWS RELEASE - Office of the Spokesperson\n\nThe foreign ministers of Talvia and Morrend met on Tuesday.")]
    [InlineData("THE QUILLBY ARCHIVE -- From the files\n\nThe foreign ministers of Talvia and Morrend met on Tuesday.")]
    public void AReleaseHeadingIsNoDateline(string body)
    {
        var article = TestArticles.Read("Ministers meet\n\n" + body);
        Assert.Null(article.DatelinePlace);
    }

    [Fact]
    public void NoMeetingIsHeldInAReleaseHeading()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            PRESS RELEASE — For immediate release

            Foreign Minister Odile Brancart of Talvia held talks with Foreign Minister Jarek Solvay of Morrend on Friday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Release", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN");
    }

    [Fact]
    public void ACapitalsTownBeforeADashIsStillTheDateline()
    {
        var article = TestArticles.Read("Ministers meet\n\nOSLO, May 9 (Reuters) - The foreign ministers of Talvia and Morrend met on Tuesday.");
        Assert.Equal("OSLO", article.DatelinePlace);
    }
}
