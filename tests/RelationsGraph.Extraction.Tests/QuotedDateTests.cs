namespace RelationsGraph.Extraction.Tests;

/// <summary>"\"Today the guns fall silent,\" X told the assembled delegations": a quoted "today" is the speaker's day, not a date of the gathering.</summary>
public class QuotedDateTests
{
    [Fact]
    public void AQuotedTodayDoesNotDateTheAudienceOutsideTheQuotation()
    {
        var d = TestArticles.Extract("""
            date 2031-05-11 President Ona Belk of Ostria and President Jarel Moss of Tessaly signed a border treaty in Tarvik yesterday.
            "Today our two peoples turn a page," Ms Belk told the assembled delegations.
            """);
        var signing = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:ona-belk", m.Id));
        Assert.Equal("2031-05-10", signing.Date);
    }
}
