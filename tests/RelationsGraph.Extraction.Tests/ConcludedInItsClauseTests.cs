namespace RelationsGraph.Extraction.Tests;

/// <summary>A document "concluded" or "reached" at a told place and day, the verb right after its noun, names its making there and then.</summary>
public class ConcludedInItsClauseTests
{
    [Fact]
    public void AnAccordConcludedAtAPlaceOnADayIsItsMakingThere()
    {
        var d = TestArticles.Extract("""
            VIENNA, May 4, 2021 - The foreign ministers of the two riverside states met in Vienna on Tuesday to review fishing quotas.
            Their talks rest on the fisheries accord concluded in Budapest in May 1984, which officials said still governs the river.
            """);
        var making = Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:budapest"));
        Assert.Equal("1984-05", making.Date);
        Assert.False(d.Has("HELD_IN", making.Id, "place:vienna"), d.Dump());
    }

    [Fact]
    public void AnAgreementReachedAtAPlaceOnADayIsItsMakingThere()
    {
        var d = TestArticles.Extract("""
            VIENNA, May 4, 2021 - The foreign ministers of the two riverside states met in Vienna on Tuesday to review fishing quotas.
            Both sides cited the agreement reached in Budapest on 12 March 1987 as the model for the new quotas.
            """);
        var making = Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:budapest"));
        Assert.Equal("1987-03-12", making.Date);
    }

    [Fact]
    public void AnOlderTreatyConcludedAfterTheStorysSigningTellsNoMaking()
    {
        var d = TestArticles.Extract("""
            VIENNA, May 4, 2021 - Austrian Foreign Minister Lena Kovac and Hungarian Foreign Minister Peter Halasz on Tuesday signed a new river treaty in Vienna, replacing the treaty concluded in Budapest on 12 March 1987.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:budapest") && m.Date == "1987-03-12");
    }

    [Fact]
    public void ReachingAPlaceIsNoMaking()
    {
        var d = TestArticles.Extract("""
            VIENNA, May 4, 2021 - The foreign ministers of the two riverside states met in Vienna on Tuesday to review fishing quotas.
            Lena Kovac reached Budapest on 12 March 1987, officials recalled.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Date == "1987-03-12");
    }
}
