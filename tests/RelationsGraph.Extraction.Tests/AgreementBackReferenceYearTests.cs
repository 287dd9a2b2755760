namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A definite reference back ("the accord") takes no year from a date elsewhere in its sentence; met for the first
/// time, it is a document of its own, dated by its sentence.
/// </summary>
public class AgreementBackReferenceYearTests
{
    [Fact]
    public void ADateLaterInTheSentenceDoesNotDateTheDocumentReferredBackTo()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson signed the Baltic Shield Accord in Stockholm on Tuesday.
            Critics said the accord repeats promises first made in 2016, when the two countries held their last summit.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2024, accord.Year);
    }

    [Fact]
    public void ADefiniteDocumentMetForTheFirstTimeKeepsTheYearOfItsSentence()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Historians recalled that the Poland-Sweden fisheries treaty was concluded at a meeting in Gdansk in 1978.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1978, treaty.Year);
    }
}
