namespace RelationsGraph.Extraction.Tests;

/// <summary>A document still to be made ("to be launched", "yet to be signed") is no product of the story's meetings.</summary>
public class StillToBeMadeTests
{
    [Fact]
    public void AnUnnamedDocumentToBeLaunchedIsNoDocumentYet()
    {
        var d = TestArticles.Extract("""
            date 2024-06-20 The foreign ministers of Ghana and Togo signed a border agreement in Accra on Thursday, alongside a customs framework to be launched within three months.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain("framework", agreement.Name);
    }

    [Fact]
    public void ANamedDocumentYetToBeSignedIsMadeByNoMeetingOfTheStory()
    {
        var d = TestArticles.Extract("""
            date 2024-06-20 Ghanaian President Nana Akufo-Addo held talks with Togolese President Faure Gnassingbe in Accra on Thursday.

            The two leaders discussed the Volta Basin Water Charter, yet to be signed by the riparian states.
            """);
        var charter = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == charter.Id);
    }
}
