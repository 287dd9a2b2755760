namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// What a document reference refers to: nothing under a quantifier, the document already told when quoted as a name,
/// one still to be made in a future clause, and the document sharing its describing word.
/// </summary>
public class DocumentReferenceScopeTests
{
    [Fact]
    public void AQuantifiedDocumentNamesNone()
    {
        var d = TestArticles.Extract("""
            date 2019-03-11 Kenyan President Uhuru Kenyatta and Tanzanian President John Magufuli signed a trade accord in Arusha on Monday.
            Under the constitution, any treaty on shared lakes must be approved by both parliaments.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AQuotedDefiniteReferenceIsAnotherNameOfTheDocumentTold()
    {
        var d = TestArticles.Extract("""
            date 2019-03-11 Latvian Foreign Minister Edgars Rinkevics and his Lithuanian counterpart Linas Linkevicius signed the Treaty on the Baltic Energy Corridor in Riga on Monday.
            Television stations called the main document "the pipeline treaty", while one tabloid preferred "the Riga treaty".
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:edgars-rinkevics", treaty.Id));
    }

    [Fact]
    public void ADocumentSignedInAFutureClauseIsNotMadeByTheMeeting()
    {
        var d = TestArticles.Extract("""
            date 2019-03-11 Sudanese Prime Minister Abdalla Hamdok and rebel leader Malik Agar signed a ceasefire agreement in Juba on Monday, with the presidents of Chad and Uganda looking on.
            Under the text, fighters will gather in camps once a final peace accord is signed in the autumn.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
        var produced = d.Relationships.Where(r => r.Type == "PRODUCED").Select(r => r.To).ToList();
        Assert.Single(produced);
        Assert.True(d.Has("SIGNED", "person:abdalla-hamdok", produced[0]));
    }

    [Fact]
    public void ADescribingWordSelectsTheDocumentThatSharesIt()
    {
        var d = TestArticles.Extract("""
            date 2019-03-11 Sudanese Prime Minister Abdalla Hamdok and rebel leader Malik Agar signed a truce deal in Juba on Monday.
            Fighters will gather in camps once a final peace accord is signed.
            The truce deal took effect at midnight.
            Mediators said the final accord would cover land and power sharing.
            """);
        var truce = d.OfType("Agreement").Single(a => d.Has("SIGNED", "person:abdalla-hamdok", a.Id));
        Assert.Contains("truce deal", truce.Aliases, StringComparer.OrdinalIgnoreCase);
        var final = d.OfType("Agreement").Single(a => a.Id != truce.Id);
        Assert.DoesNotContain(final.Aliases, n => n.Contains("truce", StringComparison.OrdinalIgnoreCase));
    }
}
