namespace RelationsGraph.Extraction.Tests;

/// <summary>"Premier To Discuss Fisheries": a title-case headline's capitalised verbs and nouns are no names unless the body writes them so.</summary>
public class TitleCaseHeadlineWordsTests
{
    [Fact]
    public void AVerbAfterATitleInATitleCaseHeadlineIsNoPerson()
    {
        var d = TestArticles.Extract("""
            Norwegian Prime Minister To Raise Denmark With Estonian Partner - Oslo

            Norwegian Prime Minister Halvard Ostrum will travel to Tallinn on Friday to meet his Estonian counterpart, his office said.

            Ostrum said the talks would also raise fishing quotas with Denmark.
            """);
        Assert.Equal(["Halvard Ostrum"], d.OfType("Person").Select(p => p.Name).Where(n => n != "Estonian").ToArray());
    }

    [Fact]
    public void AVerbAfterATitleBeforeACommonNounIsNoPerson()
    {
        var d = TestArticles.Extract("""
            Norwegian Prime Minister To Consider Fisheries With Danish Counterpart

            Norwegian Prime Minister Halvard Ostrum will travel to Copenhagen on Friday to discuss fisheries with his counterpart.

            Ostrum said the talks would consider quotas for the coming season.
            """);
        Assert.Equal(["Halvard Ostrum"], d.OfType("Person").Select(p => p.Name).ToArray());
    }

    [Fact]
    public void CommonNounsAfterALocativeInATitleCaseHeadlineAreNoPlace()
    {
        var d = TestArticles.Extract("""
            Tarvenholm Mayor to Welcome Visiting Governor in Friendly Spirit

            Mayor Piet Hammerlo of Tarvenholm will welcome Governor Lucia Bernaldo on Thursday for a two-day visit, his office said.

            No governor of Vossbeck province had made such a trip in a decade.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Friendly Spirit");
    }

    [Fact]
    public void ANameTheBodyWritesAgainStays()
    {
        var d = TestArticles.Extract("""
            Leaders Meet in Brennholt To Discuss River Trade

            The presidents of two neighbouring states met in Brennholt on Tuesday, officials said.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Brennholt");
    }
}
