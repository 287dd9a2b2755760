namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A joint statement or communiqué that a small meeting of named people produced, with no signers told, is issued by the
/// people at that meeting (SIGNED = the signers or issuers); a text a grouping or body issued names no people (IssuersOfAJointText).
/// </summary>
public class JointTextIssuersTests
{
    [Fact]
    public void TheFewPeopleOfTheMeetingIssueItsJointStatement()
    {
        var d = TestArticles.Extract("""
            date 2019-03-06 Chilean President Sebastian Pinera and Argentine President Mauricio Macri met in Santiago on Wednesday for talks that ended with a joint statement on lithium mining.

            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:sebastian-pinera", statement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:mauricio-macri", statement.Id), d.Dump());
    }

    [Fact]
    public void AJointStatementABodyReleasedHasNoPeopleAsIssuers()
    {
        var d = TestArticles.Extract("""
            date 2019-03-06 Chilean President Sebastian Pinera and Argentine President Mauricio Macri met in Santiago on Wednesday for talks that ended with a joint statement released by Mercosur on lithium mining.

            """);
        foreach (var agreement in d.OfType("Agreement"))
        {
            Assert.False(d.Has("SIGNED", "person:sebastian-pinera", agreement.Id), d.Dump());
            Assert.False(d.Has("SIGNED", "person:mauricio-macri", agreement.Id), d.Dump());
        }
    }

    /// <summary>
    /// An uncounted office group ("the presidents", "the leaders") issues the joint text as those of the meeting's people who
    /// hold the office, not the ministers named at the table (CountedGroupByOffice.UncountedHolders).
    /// </summary>
    [Fact]
    public void AnUncountedOfficeGroupLeavesTheMinistersAtTheTableOut()
    {
        var d = TestArticles.Extract("""
            date 2015-03-06 Peruvian President Ollanta Humala and Chilean President Michelle Bachelet met in Lima on Tuesday, joined at the table by Peruvian Foreign Minister Gonzalo Gutierrez and Chilean Foreign Minister Heraldo Munoz. When their talks closed, the presidents put out a joint statement on fishing rights.

            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:ollanta-humala", statement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:michelle-bachelet", statement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:gonzalo-gutierrez", statement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:heraldo-munoz", statement.Id), d.Dump());
    }
}
