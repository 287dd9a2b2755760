namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "met ... and signed a series of agreements", "closed by signing a number of trade accords": a package told by a
/// vague quantity instead of a count is one agreement, the set, as a counted one is (see VaguelyCountedSet); a set whose
/// members follow it ("covering X, Y and Z") is no set of its own.
/// </summary>
public class VaguelyCountedSetTests
{
    [Fact]
    public void ASeriesOfAgreementsSignedIsOneAgreement()
    {
        var d = TestArticles.Extract("""
            date 2019-05-02 ACCRA, May 2 (Wire) - Ghanaian President Kofi Mensah Adjei and Kenyan President Joseph Wanjiru Otieno met in Accra on Thursday and signed a series of agreements.
            """);
        var set = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(set.Aliases, a => a.Contains("series of agreements", StringComparison.Ordinal));
        Assert.True(d.Has("SIGNED", "person:kofi-mensah-adjei", set.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ke", set.Id), d.Dump());
    }

    [Fact]
    public void ANumberOfAccordsSignedUnderAGerundIsOneAgreement()
    {
        var d = TestArticles.Extract("""
            date 2019-05-02 ACCRA, May 2 (Wire) - Ghanaian President Kofi Mensah Adjei and Kenyan President Joseph Wanjiru Otieno held talks in Accra on Thursday.

            The report recalled that the talks closed by signing a number of trade accords.
            """);
        var set = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(set.Aliases, a => a.Contains("number of trade accords", StringComparison.Ordinal));
    }

    [Fact]
    public void ASetWhoseMembersFollowIsNoSet()
    {
        var d = TestArticles.Extract("""
            date 2019-05-02 ACCRA, May 2 (Wire) - Ghanaian President Kofi Mensah Adjei and Kenyan President Joseph Wanjiru Otieno held talks in Accra on Thursday.

            Afterwards the two presidents signed a set of agreements covering fisheries, port dues and school exchanges.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Aliases.Any(x => x.Contains("set of agreements", StringComparison.Ordinal)));
    }
}
