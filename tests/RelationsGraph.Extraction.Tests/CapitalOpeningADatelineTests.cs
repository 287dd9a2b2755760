namespace RelationsGraph.Extraction.Tests;

/// <summary>A capital opening a dateline ("Tallinn, 9 June 2025") is the place the story was filed from, not its government.</summary>
public class CapitalOpeningADatelineTests
{
    [Fact]
    public void TheDatelineCapitalIsAPlace()
    {
        var d = TestArticles.Extract("""
            date 2025-06-09

            Tallinn, 9 June 2025

            Malian President Issa Kantao spoke by telephone with Nigerien President Moussa Dandi on Monday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Tallinn");
    }

    [Fact]
    public void ACapitalThatSpeaksStaysItsGovernment()
    {
        var d = TestArticles.Extract("""
            date 2025-06-09

            Tallinn, which has long sought the talks, welcomed the call between Malian President Issa Kantao and Nigerien President Moussa Dandi, the Estonian foreign ministry said.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Tallinn");
    }
}
