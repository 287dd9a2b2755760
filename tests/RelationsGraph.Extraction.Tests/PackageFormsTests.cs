namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A counted set of documents whose signing is told by a verb of exchanging ("exchanged fourteen memorandums") or by the
/// nominal signing under a verb of presence ("presided over the signing of eleven agreements") is one agreement, the package
/// (see CountedSetExchanged, CountedSetWitnessedSigning); one whose members the next sentence ranks or lists is not.
/// </summary>
public class PackageFormsTests
{
    private static bool HasSet(RelationsGraph.Extraction.Model.ExtractionDocument d, string words) =>
        d.OfType("Agreement").Any(a => a.Name.Contains(words, StringComparison.Ordinal) || a.Aliases.Any(x => x.Contains(words, StringComparison.Ordinal)));

    private static string Names(RelationsGraph.Extraction.Model.ExtractionDocument d) => string.Join("; ", d.OfType("Agreement").Select(a => a.Name + " [" + string.Join(", ", a.Aliases) + "]"));

    [Fact]
    public void ACountTheSidesExchangedIsOneSet()
    {
        var d = TestArticles.Extract("""
            date 2021-05-12 KELBROOK, May 12 (Wire) - President Mira Kalden of Osterland and Prime Minister Tomas Reyl of Vandria held talks in Kelbrook on Wednesday, after which their governments exchanged fourteen memorandums on shipping and schools.
            """);
        Assert.True(HasSet(d, "fourteen memorandums"), Names(d));
    }

    [Fact]
    public void ACountOnlyToBeExchangedIsNoSet()
    {
        var d = TestArticles.Extract("""
            date 2021-05-12 KELBROOK, May 12 (Wire) - President Mira Kalden of Osterland said on Wednesday that her government would exchange fourteen memorandums with Vandria in the autumn.
            """);
        Assert.False(HasSet(d, "fourteen memorandums"), Names(d));
    }

    [Fact]
    public void ACountWhoseSigningTheLeadersPresidedOverIsOneSet()
    {
        var d = TestArticles.Extract("""
            date 2020-10-06 KELBROOK, Oct. 6 (Wire) - President Mira Kalden of Osterland and Prime Minister Tomas Reyl of Vandria on Tuesday presided over the formal signing of eleven ferry agreements at the lakeside palace.
            """);
        Assert.True(HasSet(d, "eleven ferry agreements"), Names(d));
    }

    [Fact]
    public void ANominalSigningOnlyPlannedIsNoSet()
    {
        var d = TestArticles.Extract("""
            date 2020-10-06 KELBROOK, Oct. 6 (Wire) - Officials of Osterland and Vandria spent Tuesday on plans for the signing of eleven cooperation agreements, which may come in spring.
            """);
        Assert.False(HasSet(d, "eleven cooperation agreements"), Names(d));
    }

    [Fact]
    public void ACountWhoseMembersAreRankedNextIsNoSet()
    {
        var d = TestArticles.Extract("""
            date 2024-02-19 KELBROOK, Feb. 19 (Wire) - President Mira Kalden of Osterland and Prime Minister Tomas Reyl of Vandria witnessed the signing of four texts on Monday. The weightiest, the Kelbrook Declaration on River Ports, binds both states to shared dredging.
            """);
        Assert.False(HasSet(d, "four texts"), Names(d));
    }

    [Fact]
    public void ACountWhoseListIsLedNextIsNoSet()
    {
        var d = TestArticles.Extract("""
            date 2024-02-19 KELBROOK, Feb. 19 (Wire) - President Mira Kalden of Osterland and Prime Minister Tomas Reyl of Vandria witnessed the signing of nine agreements on Monday. They cover:

            - a memorandum on river ports;
            - an agreement on rail freight.
            """);
        Assert.False(HasSet(d, "nine agreements"), Names(d));
    }
}
