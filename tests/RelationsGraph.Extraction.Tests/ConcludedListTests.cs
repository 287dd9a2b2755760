namespace RelationsGraph.Extraction.Tests;

/// <summary>Documents listed after one signing verb, and "put their signatures to".</summary>
public class ConcludedListTests
{
    [Fact]
    public void PuttingSignaturesToAnAgreementConcludesIt()
    {
        var d = TestArticles.Extract("date 2021-07-29 Serbian President Aleksandar Vucic and Albanian Prime Minister Edi Rama put their signatures to an agreement on disaster relief in Skopje.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:edi-rama", agreement.Id), d.Dump());
    }

    [Fact]
    public void EveryDocumentOfTheListAfterTheVerbIsConcluded()
    {
        var d = TestArticles.Extract("""
            date 2024-09-03 The two governments signed an agreement on the reconstruction of a coal-fired power station in the capital, an agreement on supplies of diesel, and a separate agreement on aviation fuel for Mongolian airports.
            """);
        Assert.Equal(3, d.OfType("Agreement").Count());
    }

    [Fact]
    public void AListItemAfterALongTopicIsConcludedToo()
    {
        var d = TestArticles.Extract("""
            date 2021-07-29 Vucic, Rama and Zaev signed a memorandum on facilitating the import, export and movement of goods, and a memorandum on free access to the labour market.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
}
