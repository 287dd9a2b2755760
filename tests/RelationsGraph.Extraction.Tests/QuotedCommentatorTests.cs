namespace RelationsGraph.Extraction.Tests;

/// <summary>"'...the forum...,' spokeswoman X said": a spokesperson or commentator quoted about a gathering is not at it.</summary>
public class QuotedCommentatorTests
{
    [Fact]
    public void SpokeswomanQuotedAboutAPlannedForumIsNoParticipant()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04 President Mirela Ostrana will receive Prime Minister Tobin Varga of Kestrel on Thursday for a state visit.

            “A highlight of the state visit will be a joint investment forum, with a focus on shipping,” Ostrana’s spokeswoman Corin Delacour said on Tuesday.
            """);
        Assert.False(d.Relationships.Any(r => r.Type == "ATTENDED" && r.From == "person:corin-delacour"), d.Dump());
    }

    [Fact]
    public void ProfessorQuotedAboutTheMeetingIsNoParticipant()
    {
        var d = TestArticles.Extract("""
            date 2025-06-11 President Mirela Ostrana and Prime Minister Tobin Varga met at Port Alden on Wednesday and signed a declaration on river trade.

            “This meeting sets a precedent for the whole region,” Anselm Pruitt, professor of history at the University of Vossbeck, told the radio.
            """);
        Assert.False(d.Relationships.Any(r => r.Type == "ATTENDED" && r.From == "person:anselm-pruitt"), d.Dump());
    }

    [Fact]
    public void ASpokesmanSpeakingOfHisOwnTalksStays()
    {
        var d = TestArticles.Extract("""
            date 2025-06-11 Presidential spokesman Corin Delacour met the Kestrel delegation at Port Alden on Wednesday.

            “We held useful talks with the delegation on shipping,” Delacour said.
            """);
        Assert.True(d.Relationships.Any(r => r.Type == "ATTENDED" && r.From == "person:corin-delacour"), d.Dump());
    }
}
