namespace RelationsGraph.Extraction.Tests;

/// <summary>A document told as adopted by a body or at a gathering is a text of many states: the story's two countries are not its sides.</summary>
public class AdoptedByAGatheringTests
{
    private const string Story = """
        date 2023-05-10 Nepal and Bhutan signed a hydropower trade agreement in Thimphu on Tuesday after talks between Prime Minister Tenzin Dorji and Prime Minister Hari Gurung.

        Nepal and Bhutan agreed to link their grids by 2026. Nepal will build a substation and Bhutan a line.

        """;

    [Theory]
    [InlineData("The text also recalls the Act of Tolosa, adopted by the regional organisation in 1961, which first spoke of shared rivers.", "Tolosa")]
    [InlineData("Officials said the deal restates the Harbour Declaration adopted at the first regional summit in 1994.", "Harbour")]
    [InlineData("Its drafters cited the Final Act of Lindberg, both adopted in 1980 by the continent's leaders, as their model.", "Lindberg")]
    public void NoPrincipalCountriesForADocumentAdoptedByAGathering(string sentence, string named)
    {
        var d = TestArticles.Extract(Story + sentence);
        var document = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains(named, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PARTY_TO" && r.To == document.Id);
    }

    [Fact]
    public void TheVenueOfAGatheringsAdoptionIsNoSide()
    {
        var d = TestArticles.Extract(Story + "Officials cited the Coral Charter, adopted by the island forum's ministers in Tonga in 2019, as their guide.");
        var charter = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Coral"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PARTY_TO" && r.To == charter.Id);
    }

    [Fact]
    public void ADocumentAGatheringAdoptedInTheActiveVoiceHasNoPrincipalCountries()
    {
        var d = TestArticles.Extract(Story + "Officials said the deal builds on a wider text: the third summit, which met in Male in 2015, adopted the Reef Declaration on shared waters.");
        var declaration = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Reef"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PARTY_TO" && r.To == declaration.Id);
    }

    [Fact]
    public void ADocumentAdoptedByTheTwoLeadersStillBindsTheTwoCountries()
    {
        var d = TestArticles.Extract(Story + "Officials said the deal builds on the Treaty of Trade and Transit, adopted by the two leaders' predecessors in 1998.");
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Trade and Transit"));
        Assert.True(d.Has("PARTY_TO", "country:np", treaty.Id), d.Dump());
    }
}
