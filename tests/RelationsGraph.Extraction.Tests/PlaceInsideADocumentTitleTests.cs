namespace RelationsGraph.Extraction.Tests;

/// <summary>Capitalised words after "to" or "in" inside a document's title are its subject, not a place.</summary>
public class PlaceInsideADocumentTitleTests
{
    private const string Opening = "date 2020-10-15 Ghana and Togo signed two accords in Accra on Thursday. ";

    [Fact]
    public void TheSubjectOfATreatyTitleIsNoPlace()
    {
        var d = TestArticles.Extract(Opening + "They signed the Treaty relating to the Demarcation of the Volta Shelf in the Outer Reaches of the Gulf.");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Place" && (e.Name == "Demarcation" || e.Name == "Outer Reaches"));
    }

    [Fact]
    public void AMemorandumOnCooperationInAProjectNamesNoPlace()
    {
        var d = TestArticles.Extract(Opening + "They also signed the Memorandum of Understanding on Cooperation in the Coastal Railway Project.");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Place" && e.Name.Contains("Coastal Railway"));
    }

    [Fact]
    public void APlaceAfterTheTitleEndsIsStillAPlace()
    {
        var d = TestArticles.Extract(Opening + "The Treaty was signed by the two ministers, who then flew to Lome for a dinner.");
        Assert.Contains(d.Entities, e => e.Type == "Place" && (e.Name == "Lome" || e.Name == "Lomé"));
    }
}
