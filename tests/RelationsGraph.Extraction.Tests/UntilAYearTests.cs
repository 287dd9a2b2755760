namespace RelationsGraph.Extraction.Tests;

/// <summary>"whose country ruled the island until 1975": the end of a long state of affairs dates no gathering.</summary>
public class UntilAYearTests
{
    [Fact]
    public void AYearAfterUntilDoesNotDateTheRollOfGuests()
    {
        var d = TestArticles.Extract("""
            date 2031-05-20 The independence ceremony was held in Tarvik on Sunday.
            Representatives of many countries were in the stands.
            Among them were President Ona Belk of Ostria, whose country ruled the island until 1975, and President Jarel Moss of Tessaly.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Date == "1975" || m.Id.StartsWith("meeting:1975", StringComparison.Ordinal));
    }
}
