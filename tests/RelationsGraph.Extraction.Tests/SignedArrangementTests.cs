namespace RelationsGraph.Extraction.Tests;

/// <summary>"arrangement" names a document when signed or titled, never when only discussed, sought or in place (see SignedGeneralNoun).</summary>
public class SignedArrangementTests
{
    [Fact]
    public void ASignedArrangementIsAnAgreement()
    {
        var d = TestArticles.Extract("""
            date 2022-04-11 Prime Minister Jacinda Ardern met Prime Minister Fiame Naomi Mata'afa in Apia on Monday.
            The two fisheries ministers signed an arrangement on tuna licences at the talks.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ATitledArrangementSignedByDelegationsIsAnAgreement()
    {
        var d = TestArticles.Extract("""
            date 2021-09-02 Foreign Minister Marise Payne met Foreign Minister Retno Marsudi in Jakarta on Thursday.
            The two delegations signed the Arrangement on Joint Patrols in the Timor Sea before lunch.
            """);
        var arrangement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Arrangement on Joint Patrols", arrangement.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArrangementSoughtOrInPlaceIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2022-04-11 Prime Minister Jacinda Ardern met Prime Minister Fiame Naomi Mata'afa in Apia on Monday.
            Ardern said New Zealand would not accept any arrangement that left its boats out of the zone.
            The two leaders agreed to work towards a fairer arrangement on tuna licences, and a reciprocal arrangement on visas is already in place.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }
}
