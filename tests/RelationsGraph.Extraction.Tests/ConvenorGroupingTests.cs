namespace RelationsGraph.Extraction.Tests;

/// <summary>A bloc told after the gathering as its convenor, channel or counterpart holds no sitting of its own.</summary>
public class ConvenorGroupingTests
{
    [Theory]
    [InlineData("Rebel and government delegates closed four days of negotiations mediated by the Southern African Development Community in Maseru on Friday.")]
    [InlineData("Rebel and government delegates ended four days of talks under the auspices of the African Union in Lome on Friday.")]
    [InlineData("Chile's foreign ministry held consultations with the European Union in Santiago on Friday.")]
    public void ABlocThatConvenesOrFacesTheTalksHoldsNoSummit(string sentence)
    {
        var d = TestArticles.Extract($"date 2023-08-12 {sentence}");
        Assert.NotEmpty(d.OfType("Meeting"));
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Id.Contains("summit"));
    }

    [Fact]
    public void ASummitWithLeadersOfTheBlocStaysItsSitting()
    {
        var d = TestArticles.Extract("date 2023-08-12 President Ana Rivaldo of Chile attended a summit with leaders of the European Union in Brussels on Friday.");
        Assert.Contains(d.OfType("Meeting"), m => m.Id.Contains("european-union-summit"));
    }
}
