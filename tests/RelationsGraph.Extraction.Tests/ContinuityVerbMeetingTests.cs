namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The X Declaration reaffirms the declaration of the previous summit in 2019": a meeting of another year told after a verb of
/// continuity belongs to the older document that verb upholds, so it neither makes nor dates the newer one.
/// </summary>
public class ContinuityVerbMeetingTests
{
    [Fact]
    public void AnEarlierSummitAfterReaffirmsDoesNotMakeTheNewDeclaration()
    {
        var d = TestArticles.Extract("""
            date 2024-06-02 Mekong leaders close summit

            The Mekong-Lancang summit closed in Vientiane on Saturday with the adoption of two documents: the Vientiane Declaration on river cooperation and a five-year work plan.

            The new work plan follows on from the Phnom Penh plan adopted there, and the Vientiane Declaration reaffirms the declaration of the previous ASEAN summit in 2019.
            """);
        var declaration = d.OfType("Agreement").Single(a => a.Name.Contains("Vientiane Declaration"));
        Assert.NotEqual(2019, declaration.Year);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == declaration.Id && r.From.StartsWith("meeting:2019", StringComparison.Ordinal));
    }
}
