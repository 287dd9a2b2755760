namespace RelationsGraph.Extraction.Tests;

/// <summary>"the Franco-Tunisian convention": a hyphenated compound of states before the document's noun names its sides.</summary>
public class HyphenatedSidesTests
{
    [Fact]
    public void ACombiningFormAndADemonymNameBothSides()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 French Foreign Minister Paul Verane met Tunisian Foreign Minister Karim Oudane in Paris on Friday.
            Verane promised that Paris would look again at the old Franco-Tunisian agreement on fishing quotas.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:fr", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:tn", agreement.Id), d.Dump());
    }

    [Fact]
    public void ACompoundWithAWordThatNamesNoStateNamesNoSide()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 Japan and Australia signed an Indo-Pacific maritime agreement in Canberra on Friday.
            """);
        Assert.DoesNotContain(d.OfType("Country"), c => c.Id == "country:in");
    }

    [Fact]
    public void ACombiningFormAloneIsNoState()
    {
        var tokens = Text.Tokenizer.Tokenize("Mr Franco signed the agreement.");
        Assert.Empty(Agreements.HyphenatedSides.Before(tokens, [], 0, tokens.FindIndex(t => t.Text == "agreement")));
        var compound = Text.Tokenizer.Tokenize("the Indo-Pacific accord");
        Assert.Empty(Agreements.HyphenatedSides.Before(compound, [], 0, compound.FindIndex(t => t.Text == "accord")));
    }
}
