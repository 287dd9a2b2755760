namespace RelationsGraph.Extraction.Tests;

/// <summary>A peer or royal styled "Title of Territory" is one person named by the whole title; the territory is no place of its own.</summary>
public class NobleTitleNameTests
{
    [Fact]
    public void ADukeNamedByHisTitleIsOnePersonWithTheWholeTitle()
    {
        var d = TestArticles.Extract("date 2024-06-02 The opening of the Velmora bridge was attended by the Duke of Kentmoor and the mayor of Velmora.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Duke of Kentmoor");
        Assert.DoesNotContain(d.Entities, e => e.Name == "Kentmoor");
    }

    [Fact]
    public void ASentenceInitialTitleWithTheIsReadToo()
    {
        var d = TestArticles.Extract("date 2024-06-02 The Countess of Ravensby, representing the Queen, opened the new hospital wing on Friday.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Countess of Ravensby");
    }

    [Fact]
    public void TwoTitlesSharingOneTerritoryAreTwoPersons()
    {
        var d = TestArticles.Extract("date 2024-06-02 The prime minister welcomed the Duke and Duchess of Harlowe to his office on Tuesday.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Duke of Harlowe");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Duchess of Harlowe");
    }

    [Fact]
    public void AHeldTitleAfterAsIsNoPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 Edmund visited Velmora eight times as Prince of Harlowe before he became king.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("of Harlowe"));
    }
}
