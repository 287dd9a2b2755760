namespace RelationsGraph.Extraction.Tests;

/// <summary>"State Councillor X": China's cabinet rank above ministers is an office title, not a name.</summary>
public class StateCouncillorTitleTests
{
    [Theory]
    [InlineData("State Councillor")]
    [InlineData("State Councilor")]
    public void TheRankIsATitleBeforeTheName(string title)
    {
        var d = TestArticles.Extract($"date 2018-05-04 China and Chile signed a trade pact in Santiago on Friday. {title} Liu Wenhao signed for China.");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Person" && e.Name.StartsWith("State", StringComparison.Ordinal));
        Assert.Contains(d.Entities, e => e.Type == "Person" && e.Name == "Liu Wenhao");
    }
}
