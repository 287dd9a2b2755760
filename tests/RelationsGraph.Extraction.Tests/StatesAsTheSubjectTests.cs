namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The two sides signed an accord", "both governments issued the communiqué": a collective of states as the subject
/// of the signing or issuing verb tells which states made the text, not who signed it, so the people named before it or
/// met at the talks are not its signers; people told as signing keep their signatures.
/// </summary>
public class StatesAsTheSubjectTests
{
    private const string Lead = """
        date 2022-03-08 President Aldo Fenn of Vestria held talks with President Mira Holt of Norland in Orvik on Tuesday.

        """;

    // Pattern: a person named in an earlier clause is no subject of "the two governments issued".
    [Fact]
    public void AnEarlierClausesPeopleDoNotIssueWhatTheGovernmentsIssued()
    {
        var d = TestArticles.Extract("date 2022-03-08 On Tuesday President Aldo Fenn of Vestria received President Mira Holt of Norland in Orvik, and the two governments then issued a joint statement about rail links.");
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:aldo-fenn", statement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:mira-holt", statement.Id), d.Dump());
    }

    // Pattern: "both sides" issuing a joint text do not make the meeting's people its issuers.
    [Fact]
    public void AJointStatementBothSidesIssuedHasNoSignersFromTheMeeting()
    {
        var d = TestArticles.Extract(Lead + "In the evening both sides also issued a joint statement about river trade.");
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:aldo-fenn", statement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:mira-holt", statement.Id), d.Dump());
    }

    // Pattern: "both sides signed" a document after talks: the meeting's people are not its signers.
    [Fact]
    public void ATreatyBothSidesSignedHasNoSignersFromTheMeeting()
    {
        var d = TestArticles.Extract(Lead + "Later that evening both sides also signed a treaty on river fisheries.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:aldo-fenn", treaty.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:mira-holt", treaty.Id), d.Dump());
    }

    // Guard (passes either way): the presidents told as signing keep their signatures beside the governments' text.
    [Fact]
    public void PresidentsWhoSignedKeepTheirSignatures()
    {
        var d = TestArticles.Extract(Lead + "After the talks President Fenn and President Holt signed a treaty on river fisheries.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:aldo-fenn", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:mira-holt", treaty.Id), d.Dump());
    }
}
