namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "a Syrian ministerial delegation led by X", "a US team headed by Y", "led on the Chinese side by Z": a country's delegation
/// told with an indefinite article or with modifiers before its noun, followed by its leaders, gives them its country.
/// </summary>
public class DescribedDelegationTests
{
    private const string Opening = "date 2024-03-11 Talks on water sharing opened in Amman on Monday. ";

    [Fact]
    public void AnIndefiniteDelegationWithAModifierGivesItsLeaderItsCountry()
    {
        var d = TestArticles.Extract(Opening + "The round followed a visit to Amman from a Syrian ministerial delegation led by Water Minister Nabil Haddour.");
        Assert.True(d.Has("REPRESENTS", "person:nabil-haddour", "country:sy"), d.Dump());
    }

    [Fact]
    public void AnUntitledLeaderOfACountrysTeamRepresentsIt()
    {
        var d = TestArticles.Extract(Opening + "It came after the arrival of a US technical team headed by Carla Wendt, a State Department adviser.");
        Assert.True(d.Has("REPRESENTS", "person:carla-wendt", "country:us"), d.Dump());
    }

    [Fact]
    public void ASidePhraseBetweenTheVerbAndItsAgentStillNamesTheLeader()
    {
        var d = TestArticles.Extract(Opening + "Drafting was led on the Chinese side by Zhou Mingde, a veteran diplomat.");
        Assert.True(d.Has("REPRESENTS", "person:zhou-mingde", "country:cn"), d.Dump());
    }

    [Fact]
    public void AnIndefiniteDelegationWithNoLeadersAfterItGivesNoOneACountry()
    {
        var d = TestArticles.Extract(Opening + "Dana Morrow said a Syrian delegation would come later.");
        Assert.False(d.Has("REPRESENTS", "person:dana-morrow", "country:sy"), d.Dump());
    }
}
