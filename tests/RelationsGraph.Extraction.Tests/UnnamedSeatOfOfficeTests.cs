namespace RelationsGraph.Extraction.Tests;

/// <summary>An unnamed seat of office ("at the presidential palace") where a gathering takes place is its venue, beside its town.</summary>
public class UnnamedSeatOfOfficeTests
{
    [Fact]
    public void TalksAtThePresidentialPalaceAreHeldThereAndInTheDatelineTown()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            MALVORA, May 10 (Reuters) - Norwegian Prime Minister Halvard Renstad held talks with Danish Prime Minister Kasper Lindqvold at the presidential palace on Friday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:presidential-palace"), d.Dump());
        Assert.True(d.Has("HELD_IN", talks.Id, "place:malvora"), d.Dump());
    }

    [Fact]
    public void APrimeMinistersResidenceIsAVenueNotAPerson()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Halvard Renstad, the Norwegian prime minister, met Kasper Lindqvold of Denmark on Tuesday evening at the prime minister's residence in Malvora.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", meeting.Id, "place:prime-ministers-residence"), d.Dump());
    }
}
