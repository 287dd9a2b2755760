namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "a protocol upgrading the X free trade agreement, signed by A and B": a document recalled as the object of a participle of
/// changing or carrying out inside another document's description leaves the reduced clause after it to the head document.
/// </summary>
public class InnerDocumentOfAHeadTests
{
    [Fact]
    public void SignersAfterAnUpgradedAgreementSignTheProtocol()
    {
        var d = TestArticles.Extract("""
            date 2023-03-07 Valdoria and Kestrel sign trade protocol in Arben
            Valdoria and Kestrel on Tuesday signed a protocol upgrading the Valdoria-Kestrel free trade agreement, signed by Valdorian Trade Minister Tomas Bream and Kestrel's Economy Minister Lina Ostrova in Arben.
            """);
        var protocol = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tomas-bream", protocol.Id));
        Assert.True(d.Has("SIGNED", "person:lina-ostrova", protocol.Id));
    }

    [Fact]
    public void AMemorandumImplementingATreatyTakesItsSigners()
    {
        var d = TestArticles.Extract("""
            date 2022-11-18 Norland and Sevaria implement fisheries treaty
            The two governments adopted a memorandum implementing the 1998 fisheries treaty, signed on Friday by Norlandic Foreign Minister Piet Halvorsen and Sevarian Foreign Minister Anka Duric.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Id.Contains("1998", StringComparison.Ordinal)
            && d.Has("SIGNED", "person:piet-halvorsen", a.Id));
        Assert.Contains(d.OfType("Agreement"), a => d.Has("SIGNED", "person:piet-halvorsen", a.Id));
    }
}
