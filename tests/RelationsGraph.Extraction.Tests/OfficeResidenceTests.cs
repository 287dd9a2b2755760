namespace RelationsGraph.Extraction.Tests;

/// <summary>"Prime Minister House", "the Governor's House": an office title and a lone place suffix name a venue, not a person.</summary>
public class OfficeResidenceTests
{
    private const string Opening = "date 2017-03-09 Kenya and Uganda agreed on Thursday to build a pipeline. ";

    [Theory]
    [InlineData("The two leaders held talks at Prime Minister House after lunch.", "Prime Minister House")]
    [InlineData("A dinner followed at the Governor's House in the evening.", "Governor's House")]
    public void TheOfficesSeatIsAPlace(string sentence, string venue)
    {
        var d = TestArticles.Extract(Opening + sentence);
        Assert.Contains(d.Entities, e => e.Type == "Place" && e.Name == venue);
        Assert.DoesNotContain(d.Entities, e => e.Type == "Person" && e.Name == "House");
    }

    [Fact]
    public void ATitleBeforeAFullNameIsStillAPerson()
    {
        var d = TestArticles.Extract(Opening + "Governor Ruth Kanyange welcomed the delegates.");
        Assert.Contains(d.Entities, e => e.Type == "Person" && e.Name == "Ruth Kanyange");
    }
}
