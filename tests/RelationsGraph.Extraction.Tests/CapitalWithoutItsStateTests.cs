namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A capital read as its government stands for its state only when the article names that state some other way; otherwise it
/// is a voice from outside the story and makes no mention (GovernmentOutsideTheStory), unless it hosts a gathering.
/// </summary>
public class CapitalWithoutItsStateTests
{
    [Fact]
    public void ACapitalOfAStateNeverNamedIsNotThatState()
    {
        var d = TestArticles.Extract("""
            date 2022-03-14

            Malian President Issa Kantao and Nigerien President Moussa Dandi signed a river pact on Monday.
            A commission spokesman said Vienna had asked both governments for the text.
            """);
        Assert.DoesNotContain(d.OfType("Country"), c => c.Name == "Austria");
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Vienna");
    }

    [Fact]
    public void ACapitalOfAStateNamedElsewhereStillStandsForIt()
    {
        var d = TestArticles.Extract("""
            date 2022-03-14

            Malian President Issa Kantao met the Austrian chancellor, Petra Lenz, on Monday.
            Vienna and Bamako agreed to reopen their embassies.
            """);
        Assert.Contains(d.OfType("Country"), c => c.Name == "Austria");
    }
}
