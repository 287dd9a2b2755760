namespace RelationsGraph.Extraction.Tests;

/// <summary>A subhead naming an untitled document announces the titled document its paragraph opens with.</summary>
public class SubheadAnnouncedTests
{
    private const string Lead = """
        date 2024-07-01 Velde returns to Norland rule after a century

        The port of Velde passed to Norland at midnight in a ceremony attended by President Anna Kessel of Norland and Prime Minister Rolf Amsel of Ostria.

        Fireworks lit the harbour as the flag of Ostria was lowered for the last time.


        """;

    [Fact]
    public void ADatedSubheadDealIsTheTitledDocumentBelowIt()
    {
        var d = TestArticles.Extract(Lead + """
            A deal struck in 1994

            The transfer was set by the Joint Declaration on the Port of Velde, signed in Tarn in 1994 by Prime Minister Ivo Brandt and President Mila Sorel. Under the 1994 joint declaration, Velde keeps its own courts for forty years.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Equal("declaration", agreement.Kind);
    }

    [Fact]
    public void AHeadingOfCapitalsIsTheTitledDocumentBelowIt()
    {
        var d = TestArticles.Extract(Lead + """
            THE 1994 ACCORD

            The handover followed the Joint Declaration on the Port of Velde, signed in Tarn in 1994 by Prime Minister Ivo Brandt and President Mila Sorel.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void ASubheadOfAnotherYearStaysApart()
    {
        var d = TestArticles.Extract(Lead + """
            A deal struck in 1987

            The transfer was set by the Joint Declaration on the Port of Velde, signed in Tarn in 1994 by Prime Minister Ivo Brandt and President Mila Sorel.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
}
