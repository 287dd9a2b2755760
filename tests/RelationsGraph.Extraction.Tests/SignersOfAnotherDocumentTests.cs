namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A signing verb signs the document it governs, not one further on: a participle trailing a title ("the Declaration on X
/// signed by A and B, and on the Charter of Y"), a document after a preposition of time or comparison ("signed the Vision
/// Statement, an update of the alliance kept since the 1951 Pact") or one in a clause a semicolon opens with its own
/// subject ("A and B sign accord; C declares old treaty void") is no object of the verb (AgreementMentionFinder.SigningVerbGoverns).
/// </summary>
public class SignersOfAnotherDocumentTests
{
    [Fact]
    public void AParticipleAfterATitleSignsOnlyThatTitle()
    {
        var d = TestArticles.Extract("""
            date 1996-05-10
            The new treaty builds on the Declaration on Good-Neighbourly Relations signed in Orsk on 2 March 1993 by the foreign ministers, Anatol Veres and Pavel Drozd, and on the principles of the Charter of Lanmark for a Free Europe.
            """);
        var charter = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Lanmark"));
        Assert.False(d.Has("SIGNED", "person:anatol-veres", charter.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:pavel-drozd", charter.Id), d.Dump());
        Assert.Contains(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:anatol-veres");
    }

    [Fact]
    public void ADocumentAfterAPrepositionOfTimeIsNotSignedToo()
    {
        var d = TestArticles.Extract("""
            date 2014-06-11
            Defence Minister Ivo Kersk and his Dalmorian counterpart Tam Ruell signed the 2014 Joint Vision Statement in Port Arvel on Tuesday, which renews the partnership both states have kept since the 1951 Arvel Pact.
            """);
        var pact = Assert.Single(d.OfType("Agreement"), a => a.Year == 1951);
        Assert.False(d.Has("SIGNED", "person:ivo-kersk", pact.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:tam-ruell", pact.Id), d.Dump());
    }

    [Fact]
    public void ASemicolonClauseWithItsOwnSubjectEndsTheVerbsReach()
    {
        var d = TestArticles.Extract("""
            date 1972-09-30
            Premier Aldo Mertz and Chancellor Ivo Kallan sign communique in Velm; Kallan declares 1950 border treaty void
            The two leaders signed a joint communique in Velm on Friday.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Year == 1950);
        Assert.False(d.Has("SIGNED", "person:aldo-mertz", treaty.Id), d.Dump());
    }
}
