namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// An indefinite document its sentence makes at one gathering is a new document, not the one of the same year another gathering
/// of the story made; a definite reference dated by its sentence still points back (see MadeAtAnotherGathering).
/// </summary>
public class MadeAtAnotherGatheringTests
{
    [Fact]
    public void AProtocolSignedAtALaterSummitIsNotTheAccordOfTheLodge()
    {
        var d = TestArticles.Extract("""
            date 2015-06-01 On 4 March 1990, President Aldo Ferrin of Ruritania and President Piet Halvorsen of Ostravia signed the Velmora Accord at a lodge by the lake.
            On 9 May 1990, at a summit in Brellinger, the leaders of nine states signed a protocol.
            """);
        var documents = d.OfType("Agreement").ToList();
        Assert.Equal(2, documents.Count);
        var protocol = Assert.Single(documents, a => a.Aliases.Any(n => n.Equals("protocol", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(protocol.Aliases, n => n.Contains("Velmora", StringComparison.Ordinal));
    }

    [Fact]
    public void ADefiniteReferenceDatedByItsSentenceStillPointsBack()
    {
        var d = TestArticles.Extract("""
            date 2015-06-01 On 4 March 1990, President Aldo Ferrin of Ruritania and President Piet Halvorsen of Ostravia signed the Velmora Accord at a lodge by the lake.
            On 9 May 1990, at a summit in Brellinger, the two presidents signed the 1990 accord once more before the press.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(accord.Aliases, n => n.Contains("Velmora", StringComparison.Ordinal));
    }
}
