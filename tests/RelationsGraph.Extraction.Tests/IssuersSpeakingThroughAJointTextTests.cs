namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// The subject of a clause that speaks through a joint text ("A and B said in a joint statement", "In a joint statement
/// ..., the two presidents said") or issues it ("the two premiers issued a joint statement") are its issuers, and issuers
/// count as signers, with no meeting needed; a counted group read as two people of one state names nobody
/// (IssuersSpeakingThroughAJointText).
/// </summary>
public class IssuersSpeakingThroughAJointTextTests
{
    [Fact]
    public void NamedSpeakersOfAJointStatementIssuedIt()
    {
        var d = TestArticles.Extract("""
            date 2021-05-14 Norwegian Prime Minister Kari Solbakken and Danish Prime Minister Mette Lindqvist said in a joint statement on Friday that both countries would double the ferry links across the Skagerrak.

            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kari-solbakken", statement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:mette-lindqvist", statement.Id), d.Dump());
    }

    [Fact]
    public void ACountedGroupAfterAFrontedJointStatementIssuedIt()
    {
        var d = TestArticles.Extract("""
            date 2021-05-14 Kenyan President Daniel Mwangi and Tanzanian President Amina Juma have both faced criticism at home over the delayed railway.
            In a joint statement released late on Tuesday, the two presidents called for patience and promised that the line would open next year.
            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:daniel-mwangi", statement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:amina-juma", statement.Id), d.Dump());
    }

    [Fact]
    public void AGroupReadAsTwoPeopleOfOneStateNamesNobody()
    {
        var d = TestArticles.Extract("""
            date 2021-05-14 Kenyan President Daniel Mwangi and Kenyan Foreign Minister Peter Otieno have both faced criticism at home over the delayed railway.
            In a joint statement released late on Tuesday, the two men called for patience and promised that the line would open next year.
            """);
        foreach (var agreement in d.OfType("Agreement"))
        {
            Assert.False(d.Has("SIGNED", "person:daniel-mwangi", agreement.Id), d.Dump());
            Assert.False(d.Has("SIGNED", "person:peter-otieno", agreement.Id), d.Dump());
        }
    }
}
