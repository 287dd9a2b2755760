namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "witnessed the exchange of cooperation documents", "signed memorandums of understanding on ...": a package told by a bare
/// plural, with no count and no quantifier, under a reported signing or exchange is one agreement, the set, as a counted one
/// is (see UncountedSetSigned); a signing told as a past habit or a wish makes none.
/// </summary>
public class UncountedSetSignedTests
{
    [Fact]
    public void ExchangeOfCooperationDocumentsWitnessedIsOneAgreement()
    {
        var d = TestArticles.Extract("""
            date 2021-03-09 LUSAKA, March 9 (Wire) - Zambian President Chanda Mulenga Phiri and Botswana President Kagiso Tau Molefe held talks in Lusaka on Tuesday.

            After lunch the presidents watched over the exchange of cooperation documents on mining and water.
            """);
        var set = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(set.Aliases, a => a.Contains("cooperation documents", StringComparison.Ordinal));
        Assert.True(d.Has("PARTY_TO", "country:bw", set.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:zm", set.Id), d.Dump());
    }

    [Fact]
    public void MemorandumsSignedWithATopicAreOneAgreement()
    {
        var d = TestArticles.Extract("""
            date 2021-03-09 LUSAKA, March 9 (Wire) - Zambian President Chanda Mulenga Phiri and Botswana President Kagiso Tau Molefe met in Lusaka on Tuesday and signed memorandums of understanding on cattle vaccines and rail freight.
            """);
        var set = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(set.Aliases, a => a.Contains("memorandums of understanding", StringComparison.Ordinal));
        Assert.True(d.Has("SIGNED", "person:kagiso-tau-molefe", set.Id), d.Dump());
    }

    [Fact]
    public void APlanToTurnTalksIntoSignedDealsIsNoAgreement()
    {
        var d = TestArticles.Extract("""
            date 2021-03-09 LUSAKA, March 9 (Wire) - Zambian President Chanda Mulenga Phiri and Botswana President Kagiso Tau Molefe held talks in Lusaka on Tuesday.

            Traders in both capitals now wait to see how much of the goodwill turns into signed investment agreements before winter.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void AgreementsSignedBeforeAreNoAgreement()
    {
        // Guard: passes with the rule off as well; a signing told as done long before ("had signed") makes no set of the story.
        var d = TestArticles.Extract("""
            date 2021-03-09 LUSAKA, March 9 (Wire) - Zambian President Chanda Mulenga Phiri and Botswana President Kagiso Tau Molefe held talks in Lusaka on Tuesday.

            Both governments had signed trade agreements with their neighbours in earlier decades.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void SeparateTreatiesSignedAreNoSet()
    {
        // Guard: passes with the rule off as well; "separate" tells several documents, each of its own, not one package.
        var d = TestArticles.Extract("""
            date 2021-03-09 LUSAKA, March 9 (Wire) - Zambian President Chanda Mulenga Phiri and Botswana President Kagiso Tau Molefe held talks in Lusaka on Tuesday.

            That same week Zambia signed separate treaties with Malawi and with Angola.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Aliases.Any(x => x.Contains("treaties", StringComparison.Ordinal)));
    }
}
