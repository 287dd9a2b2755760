namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The communiqué, issued by both governments": a joint text credited to governments or ministries was put out by
/// those offices, so the people who met are not its signers; one the leaders issued themselves keeps them.
/// </summary>
public class InstitutionsAsIssuersTests
{
    private const string Lead = """
        date 2022-03-08 President Aldo Fenn of Vestria held talks with President Mira Holt of Norland in Orvik on Tuesday.

        """;

    // Pattern: governments as the agent after "issued by".
    [Fact]
    public void AJointStatementIssuedByTheGovernmentsHasNoSignersFromTheMeeting()
    {
        var d = TestArticles.Extract(Lead + "A joint communiqué the two governments issued once the talks ended said both sides would expand rail links.");
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:aldo-fenn", statement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:mira-holt", statement.Id), d.Dump());
    }

    // Pattern: ministries as the subject of the issuing verb.
    [Fact]
    public void AJointStatementTheMinistriesReleasedHasNoSignersFromTheMeeting()
    {
        var d = TestArticles.Extract(Lead + "After the talks the two foreign ministries released a joint statement on rail links.");
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:aldo-fenn", statement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:mira-holt", statement.Id), d.Dump());
    }

    // Pattern: the leaders themselves issued it: they are its signers.
    [Fact]
    public void AJointStatementTheLeadersIssuedKeepsThem()
    {
        var d = TestArticles.Extract(Lead + "After the talks the two presidents issued a joint statement on rail links.");
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:aldo-fenn", statement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:mira-holt", statement.Id), d.Dump());
    }
}
