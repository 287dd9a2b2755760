namespace RelationsGraph.Extraction.Tests;

/// <summary>Which countries an agreement binds, its year, its name, and which meeting it came from.</summary>
public class AgreementPartiesTests
{
    [Fact]
    public void PartiesNamedWithBetweenOutrankTheMeetingsGuests()
    {
        var d = TestArticles.Extract("""
            date 2025-10-26 Malaysian Prime Minister Anwar Ibrahim hosted Indonesian President Prabowo Subianto in Kuala Lumpur on Sunday.
            The two leaders witnessed the signing of a peace accord between Thailand and Cambodia.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:th", accord.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:kh", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:my", accord.Id), d.Dump());
    }

    [Fact]
    public void ADeadlineYearIsNotTheAgreementsYear()
    {
        var d = TestArticles.Extract("date 2025-05-19 Norway and Iceland signed a fisheries agreement that runs until 2038.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.NotEqual(2038, agreement.Year);
    }

    [Fact]
    public void AMemorandumOfUnderstandingKeepsItsFullName()
    {
        var d = TestArticles.Extract("date 2025-09-17 Seoul and Hanoi signed a memorandum of understanding on student exchanges.");
        var mou = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(mou.Aliases, a => a.StartsWith("memorandum of understanding", StringComparison.Ordinal));
    }

    [Fact]
    public void TheHeadlineAndTheLeadNameOneAgreement()
    {
        var d = TestArticles.Extract("""
            Boric and Milei pledge closer ties in border declaration

            Chilean President Gabriel Boric and Argentine President Javier Milei on Wednesday signed a joint declaration in Santiago.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AnAgreedPartnershipIsAnAgreementButAnExistingOneIsNot()
    {
        var d = TestArticles.Extract("""
            date 2025-05-19 Canada and Japan agreed a security and defence partnership on Monday.
            Japan said it was ready to deepen its strategic cooperative partnership with Vietnam.
            """);
        var partnership = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:ca", partnership.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:vn", partnership.Id), d.Dump());
    }

    [Fact]
    public void ThePactMeansTheAgreementTheArticleIsAbout()
    {
        var d = TestArticles.Extract("""
            date 2024-07-08 Japan and the Philippines signed a reciprocal access agreement on Monday.
            The agreement allows joint training. The agreement must be ratified by both parliaments.
            The Philippines also hosts U.S. forces under a 1998 agreement with the United States.
            Officials said the agreement was a milestone for Japan.
            """);
        var main = d.OfType("Agreement").Single(a => a.Year == 2024);
        var old = d.OfType("Agreement").Single(a => a.Year == 1998);
        Assert.False(d.Has("PARTY_TO", "country:jp", old.Id), d.Dump());
        Assert.True(main.Mentions >= 4, $"the main agreement has {main.Mentions} mentions");
    }
}
