namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A country whose name ends in "s" takes the bare apostrophe ("Honduras' X"); a full name after it is that country's
/// person, as after "'s".
/// </summary>
public class NameAfterABareApostropheTests
{
    [Fact]
    public void AFullNameAfterACountrysBareApostropheIsThatCountrysPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 The statement was read out by Honduras' Rosa Elvira Cantrell at the close of the meeting.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Rosa Elvira Cantrell");
    }

    [Fact]
    public void TheBareApostropheWorksInAListOfMinisters()
    {
        var d = TestArticles.Extract("date 2024-06-02 The text was signed in Velmora by Chile's Tomas Arrieta Vell, the Philippines' Marisol Dantay and Peru's Ivo Castel.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Marisol Dantay");
    }

    [Fact]
    public void ALoneWordAfterTheApostropheIsNoPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 The ministers discussed the Netherlands' Delta programme in Velmora on Friday.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Delta");
    }
}
