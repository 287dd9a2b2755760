namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A naming clause after a title ("X, as the document is formally titled") or a remembering verb ("history remembers it as X")
/// gives the document already told its name: no second document.
/// </summary>
public class NamingClauseTests
{
    [Fact]
    public void ATrailingAsTheDocumentIsTitledClauseNamesTheDocumentToldBefore()
    {
        var d = TestArticles.Extract("""
            date 2011-04-12 Border truce signed in Maseru

            The presidents of Lesotho and Botswana signed a truce in Maseru on Monday, ending weeks of skirmishes.

            The Caledon Valley Truce Agreement, as the text is officially known, sets up joint patrols along the river.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(agreement.Aliases, a => a.Contains("Caledon Valley Truce Agreement"));
    }

    [Fact]
    public void RememberingItAsANameRenamesTheDocumentJustNamed()
    {
        var d = TestArticles.Extract("""
            date 2019-03-01 Thirty years ago the foreign ministers of Peru and Chile signed the Agreement on Fisheries Cooperation in the Pacific in Arica.

            Fishermen on both sides remember it as the Arica Accord.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ReferredToByAnAgentAsANameRenamesTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 The foreign ministers of Chile and Argentina signed a joint declaration in Santiago on Tuesday.

            The Joint Declaration on Andean Water Sharing, referred to by officials in both capitals as the Santiago Declaration, sets quotas for three rivers.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void KnownToAnAudienceSimplyAsANameRenamesTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 Ministers of Chile and Argentina signed a memorandum of understanding in Santiago on Tuesday.

            The memorandum, known to farmers on both sides simply as the Andes water deal, sets quotas for three rivers.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AFormalTitleAfterADashNamesTheDocumentBefore()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 Ministers of Chile and Argentina adopted a declaration in Santiago on Tuesday.

            In the declaration -- formally the Joint Declaration on Andean Water Sharing -- the two governments set quotas for three rivers.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}

/// <summary>"reiterated their commitment to the X": restating a commitment upholds an earlier document, not the one just made.</summary>
public class ReiteratedCommitmentTests
{
    [Fact]
    public void ATitleAfterReiteratingACommitmentIsNotTheNewDocument()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 Ministers of Chile and Argentina signed a water agreement in Santiago on Tuesday.

            The new accord reiterates the commitment of both countries to implement the Andes Boundary Agreement in full.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
}

/// <summary>"until last September, when ministers signed a communiqué": the "when" clause happened at the time "until" bounds.</summary>
public class UntilThenWhenTests
{
    [Fact]
    public void AnUntilDateBeforeAWhenClauseDatesThePastSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-03-03 Chile and Fiji opened embassies on Sunday.

            The two countries had no relations until last September, when their foreign ministers signed a joint communiqué establishing ties in New York.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Year == 2023);
    }
}
