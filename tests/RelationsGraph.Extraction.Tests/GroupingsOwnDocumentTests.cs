namespace RelationsGraph.Extraction.Tests;

/// <summary>A document named with an organisation's name, or a grouping's possessive, is the grouping's: the story's two countries are not its sides.</summary>
public class GroupingsOwnDocumentTests
{
    private const string Story = """
        date 2023-05-10 Nepal and Bhutan signed a hydropower trade agreement in Thimphu on Tuesday after talks between Prime Minister Tenzin Dorji and Prime Minister Hari Gurung.

        Nepal and Bhutan agreed to link their grids by 2026. Nepal will build a substation and Bhutan a line.

        """;

    [Theory]
    [InlineData("Officials also recalled the SAARC Regional Power Agreement of 2014, still unratified by several members.", "SAARC")]
    [InlineData("Under the bloc's revised 2004 treaty, any member may leave the grouping with a year's notice.", "treaty")]
    public void NoPrincipalCountriesForAGroupingsDocument(string sentence, string named)
    {
        var d = TestArticles.Extract(Story + sentence);
        var document = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains(named, StringComparison.OrdinalIgnoreCase) && !a.Name.Contains("hydropower"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PARTY_TO" && r.To == document.Id);
    }

    [Fact]
    public void ABilateralTreatyRecalledStillBindsTheTwoCountries()
    {
        var d = TestArticles.Extract(Story + "Officials said the deal builds on the 1998 Treaty of Trade and Transit.");
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Trade and Transit"));
        Assert.True(d.Has("PARTY_TO", "country:np", treaty.Id), d.Dump());
    }
}
