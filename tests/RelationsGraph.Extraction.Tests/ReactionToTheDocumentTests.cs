namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X welcomed the treaty Y signed", "X praised the treaty in a statement issued on Monday": the name of a reaction to the
/// document ("welcomed", "praised" with the document as its object) is no signer of it; the people told as signing keep
/// their signatures.
/// </summary>
public class ReactionToTheDocumentTests
{
    private const string Lead = """
        date 2022-03-08 President Aldo Fenn of Vestria held talks with President Mira Holt of Norland in Orvik on Tuesday.

        """;

    // Pattern: a leader who welcomed a treaty that two other leaders signed is not its signer.
    [Fact]
    public void TheOneWhoWelcomedTheTreatyDidNotSignIt()
    {
        var d = TestArticles.Extract(Lead + "On Wednesday President Edda Lind welcomed the peace treaty Fenn signed with Holt in Orvik.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:edda-lind", treaty.Id), d.Dump());
    }

    // Pattern: a statement praising the treaty, "issued" later in the sentence, makes the speaker no issuer of the treaty.
    [Fact]
    public void ThePraiseInAnIssuedStatementMakesNoSigner()
    {
        var d = TestArticles.Extract("date 2021-06-14 Envoy Lina Varga praised the peace treaty in a statement issued from Orvik late on Monday.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:lina-varga", treaty.Id), d.Dump());
    }

    // Guard (passes either way): the leaders told as signing the welcomed treaty keep their signatures.
    [Fact]
    public void TheSignersOfTheWelcomedTreatyKeepTheirSignatures()
    {
        var d = TestArticles.Extract(Lead + "On Wednesday President Edda Lind welcomed the peace treaty Fenn signed with Holt in Orvik.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:aldo-fenn", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:mira-holt", treaty.Id), d.Dump());
    }
}
