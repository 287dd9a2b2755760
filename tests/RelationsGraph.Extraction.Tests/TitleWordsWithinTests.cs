namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A title whose distinctive words all stand in another name of a document already told, with the same noun, names that
/// document again; a number, a version word, a plural noun or other signers keep two documents apart.
/// </summary>
public class TitleWordsWithinTests
{
    [Fact]
    public void ALongShortAndMiddleTitleNameOneDeclaration()
    {
        var d = TestArticles.Extract("""
            date 2025-03-14 Coastal states adopt ocean declaration in Lisbon

            Ministers from Portugal, Spain and Morocco adopted an ocean declaration in Lisbon on Friday.

            The Lisbon ocean declaration asks every coastal state to protect a third of its waters by 2035.

            Its full name, the Lisbon Atlantic Ocean Declaration for Blue Growth and Coastal Resilience, was chosen by the hosts; diplomats already speak of the Lisbon Ocean Declaration or simply the Ocean Declaration.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ATitleWithItsOwnersAddedNamesTheSameAccord()
    {
        var d = TestArticles.Extract("""
            date 2025-05-20 President Gabriel Boric of Chile and President Emmanuel Macron of France signed the Harbour Street Accord in Paris on Tuesday.

            Officials in Santiago published the text as the France-Chile Harbour Street Accord on Wednesday.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AComprehensiveVersionIsAnotherDocument()
    {
        var d = TestArticles.Extract("""
            date 2025-05-20 Chile and France signed the Pacific Comprehensive Plan of Action in Paris on Tuesday.

            It replaces the Pacific Plan of Action, an interim text the two governments agreed in 2023.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void ANumberedSequelIsAnotherDocument()
    {
        var d = TestArticles.Extract("""
            date 2025-05-20 Leaders of Chile and Peru adopted the Arica II Declaration in Arica on Tuesday.

            It goes further than the Arica Declaration the two countries adopted in 2019.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void OtherSignersSignAnotherDocumentOfTheSameTopic()
    {
        var d = TestArticles.Extract("""
            date 2025-05-20 Chile and Peru sign pipeline documents

            Energy Minister Diego Pardow of Chile and Energy Minister Jorge Montero of Peru signed the Agreement for the Andes Pipeline in Lima on Tuesday.

            The project rests on the Intergovernmental Agreement on the Andes Pipeline, which President Gabriel Boric and President Dina Boluarte signed in 2021.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
}
