namespace RelationsGraph.Extraction.Tests;

/// <summary>A state whose representative signed a document is a party to it, beyond the sides the text named first.</summary>
public class SignersBindTheirStatesTests
{
    [Fact]
    public void AThirdSignersStateJoinsTheSidesNamedWithBetween()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 A river accord between Portugal and Spain was signed in Lisbon on Tuesday.
            Andorran Foreign Minister Pere Calvet Roig also signed the accord.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:pere-calvet-roig", accord.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ad", accord.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:pt", accord.Id), d.Dump());
    }

    [Fact]
    public void AWitnessWhoSignsBindsNoState()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 A border treaty between Estonia and Latvia was signed in Riga on Tuesday.
            Finnish President Tarmo Halonen signed the treaty as a witness.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:ee", treaty.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:fi", treaty.Id), d.Dump());
    }
}
