namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A date that names another thing ("the September 11 attacks") does not date the document a clause makes; a titled
/// document told only in other years than the story's is not the headline's document.
/// </summary>
public class AgreementOtherYearsTests
{
    [Fact]
    public void ADateQualifyingAnotherNounDoesNotDateTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04 President Lula of Brazil spoke with President Javier Milei of Argentina by phone on Monday.

            Buenos Aires hosted the regional summit in May 2003, when leaders met weeks after the March 20 invasion and they adopted the Buenos Aires Consensus.
            """);
        var consensus = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Buenos Aires Consensus"));
        Assert.Equal(2003, consensus.Year);
    }

    [Fact]
    public void ATitledDocumentToldOnlyInAnotherYearIsNotTheHeadlinesDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-06-02 Three Andean states sign union treaty in La Paz

            The presidents of Bolivia, Peru and Ecuador signed a treaty creating an economic union in La Paz on Saturday.

            The three countries, whose ministers met often between 2019 and 2021, first worked together under the Titicaca Charter, a water pact signed in Puno in May 2021.
            """);
        var charter = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Titicaca Charter"));
        Assert.Equal(2021, charter.Year);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void AYearThatOnlyOpensASpanLeavesTheSentenceInTheStory()
    {
        var d = TestArticles.Extract("""
            date 2006-05-08 Rivals sign deal ending long war

            Thousands watched in Abuja on Sunday as the government and the rebel movement signed the Darfur Settlement Accord, ending a conflict that had raged since 1987.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Darfur Settlement Accord", accord.Name);
    }
}
