namespace RelationsGraph.Extraction.Tests;

/// <summary>A document told of first and named after; a short title and its full form.</summary>
public class AgreementNamedLaterTests
{
    [Fact]
    public void ATitleGivenAfterTheDescriptionNamesTheSameDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson signed a defence agreement in Stockholm on Tuesday.
            Officials said the Baltic Shield Agreement would take effect within a month.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Baltic Shield Agreement", agreement.Name);
    }

    [Fact]
    public void ATitleWithAnotherHeadNounIsAnotherDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson signed a defence agreement in Stockholm on Tuesday.
            Officials said the Gdansk Protocol would stay in force.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void ATitleSignedByOthersIsAnotherDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson signed a defence treaty in Stockholm on Tuesday.
            Polish Foreign Minister Radoslaw Sikorski and Swedish Foreign Minister Tobias Billstrom signed the Baltic Fisheries Treaty on the same day.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void AShortTitleAndItsFullFormAreOneDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson signed the Stockholm Declaration on Tuesday.
            The Stockholm Declaration on Baltic Security commits both countries to joint patrols.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
