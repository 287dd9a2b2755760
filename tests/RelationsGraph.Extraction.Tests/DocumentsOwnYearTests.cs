namespace RelationsGraph.Extraction.Tests;

/// <summary>A year joined by "of" to a document's noun dates the document, not the gathering the sentence tells.</summary>
public class DocumentsOwnYearTests
{
    [Fact]
    public void TheTreatysYearDoesNotDateTheCeremony()
    {
        var d = TestArticles.Extract("""
            ACCRA, June 5, 2024 - Ghanaian President Kofi Mensah and Togolese President Yawa Adjoa held talks in Accra on Wednesday.
            Speakers at the ceremony recalled the Volta Border Treaty of 1961, which the two leaders praised.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Date == "1961");
    }
}
