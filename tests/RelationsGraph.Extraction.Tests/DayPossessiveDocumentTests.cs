namespace RelationsGraph.Extraction.Tests;

/// <summary>"Tuesday's deal" refers back to the document told for that day, as "the deal" does (see DayPossessive).</summary>
public class DayPossessiveDocumentTests
{
    [Fact]
    public void ADaysDealIsTheDocumentToldBefore()
    {
        var d = TestArticles.Extract("""
            date 2023-05-10 President Gabriel Boric met President Alberto Fernandez in Santiago on Tuesday.
            The two presidents signed the Andes Lithium Cooperation Agreement after the talks.
            Officials said Tuesday's deal would open a joint research centre in Antofagasta.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Lithium", agreement.Name, StringComparison.Ordinal);
    }
}
