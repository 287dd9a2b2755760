namespace RelationsGraph.Extraction.Tests;

/// <summary>A name repeated around a short lower-case particle is one surname (ReduplicatedName).</summary>
public class ReduplicatedNameTests
{
    [Fact]
    public void AParticleBetweenTheSameNameTwiceJoinsOneName()
    {
        var d = TestArticles.Extract("date 2031-05-04 The rebels' chief negotiator, Professor Albert Lunda wa Lunda, arrived in Kinshasa on Monday.");
        var person = Assert.Single(d.OfType("Person"));
        Assert.Equal("Albert Lunda wa Lunda", person.Name);
    }

    [Fact]
    public void AnEnglishFunctionWordBetweenTheSameWordTwiceJoinsNothing()
    {
        var d = TestArticles.Extract("date 2031-05-04 Foreign Minister Albert Lunda said Congo and Angola would work Side by Side on the border.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Albert Lunda");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains(" by "));
    }
}
