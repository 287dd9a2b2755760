namespace RelationsGraph.Extraction.Tests;

/// <summary>A pact signed during a summit comes out of the summit and of the signing ceremony its leaders attended there.</summary>
public class SignedAtTheSummitsCeremonyTests
{
    [Fact]
    public void TheSummitsCeremonyProducedThePactToo()
    {
        var d = TestArticles.Extract("""
            date 2025-06-14 Leaders of Kenya, Uganda and Tanzania met in Arusha on Friday for a two-day summit of the regional bloc.
            President Amos Kiprolo of Kenya, President Daudi Okelo of Uganda and President Neema Sefu of Tanzania attended the summit.
            Kiprolo, Okelo and Sefu signed a customs pact during the summit.
            Ugandan Foreign Minister Ruth Nakimuli presided over the ceremony, which the three presidents attended.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        var producers = d.Relationships.Where(r => r.Type == "PRODUCED" && r.To == pact.Id).Select(r => r.From).ToList();
        Assert.Equal(2, producers.Count);
        Assert.Contains(producers, p => p.Contains("ceremony"));
    }

    [Fact]
    public void TheCeremonyNamedRightAfterTheSigningAtTheSummitProducedThePactToo()
    {
        var d = TestArticles.Extract("""
            date 2025-03-12 Leaders of Kenya, Uganda and Tanzania opened the summit of the regional bloc in Arusha on Tuesday.
            The presidents of the three states signed the Lake Basin Charter at the summit.
            The ceremony was held at the Mountain View Hotel, where President Amos Kiprolo and President Daudi Okelo sat side by side.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        var producers = d.Relationships.Where(r => r.Type == "PRODUCED" && r.To == pact.Id).Select(r => r.From).ToList();
        Assert.Equal(2, producers.Count);
    }
}
