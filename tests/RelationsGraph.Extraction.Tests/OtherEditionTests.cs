using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A grouping's name covers a series of summits: the edition the story reports and a later one ("will host the next summit in 2026",
/// "host the Thirteenth Summit") are two meetings, and the people at the held one never land on the later one.
/// </summary>
public class OtherEditionTests
{
    [Fact]
    public void TheNextEditionDatedAYearOnDoesNotTakeTheHeldSummitOrItsPeople()
    {
        var d = TestArticles.Extract("""
            date 2025-07-12 The two-day ECOWAS summit in Abuja closed with a joint communique.
            Among those around the table were Ghanaian President John Mahama and Senegalese President Bassirou Diomaye Faye.
            Sierra Leone will host the next ECOWAS summit in 2026, officials said.
            """);
        var held = d.OfType("Meeting").Single(m => m.Status == "held");
        Assert.NotEqual("2026", held.Date);
        Assert.True(d.Has("ATTENDED", "person:john-mahama", held.Id), d.Dump());
        var later = d.OfType("Meeting").Where(m => m.Date == "2026").ToList();
        Assert.Single(later);
        Assert.Equal("planned", later[0].Status);
        Assert.False(d.Relationships.Any(r => r.Type == "ATTENDED" && r.To == later[0].Id), d.Dump());
    }

    [Fact]
    public void AttendanceToldAfterTheNextEditionBelongsToTheHeldSummit()
    {
        var d = TestArticles.Extract("""
            date 2025-07-12 Ghanaian President John Mahama closed the ECOWAS summit in Abuja.
            Sierra Leone will host the next ECOWAS summit in 2026.
            Senegalese President Bassirou Diomaye Faye attended the sessions as an observer.
            """);
        var held = d.OfType("Meeting").Single(m => m.Status == "held" && d.Has("ATTENDED", "person:john-mahama", m.Id));
        Assert.True(d.Has("ATTENDED", "person:bassirou-diomaye-faye", held.Id), d.Dump());
        Assert.False(d.OfType("Meeting").Any(m => m.Date == "2026" && d.Has("ATTENDED", "person:bassirou-diomaye-faye", m.Id)), d.Dump());
    }

    [Fact]
    public void EditionsNumberedApartAreTwoSummits()
    {
        var d = TestArticles.Extract("""
            date 2025-07-12 The Twelfth ECOWAS Summit closed in Abuja, chaired by Ghanaian President John Mahama.
            The leaders welcomed the offer of Sierra Leone to host the Thirteenth ECOWAS Summit in Freetown.
            """);
        var held = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:john-mahama", m.Id));
        Assert.False(d.Has("HELD_IN", held.Id, "place:freetown"), d.Dump());
        Assert.True(d.Has("HELD_IN", held.Id, "place:abuja"), d.Dump());
    }

    [Fact]
    public void TheGroupingsSummitNumberedAgainWithoutItsNameIsOneSummit()
    {
        var d = TestArticles.Extract("""
            date 2025-07-12 Mahama closes Twelfth ECOWAS Summit
            Ghanaian President John Mahama closed the Twelfth Summit of the bloc in Abuja, together with Senegalese President Bassirou Diomaye Faye.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:bassirou-diomaye-faye", summit.Id), d.Dump());
        Assert.True(d.Has("HELD_IN", summit.Id, "place:abuja"), d.Dump());
    }

    [Fact]
    public void TheSummitToldByTheGroupingsPlaceIsThatSummit()
    {
        var d = TestArticles.Extract("""
            date 2025-07-12 Ghanaian President John Mahama opened the ECOWAS summit in Abuja with a call for unity.
            The summit in Abuja ended with a vote on the regional force.
            """);
        Assert.Single(d.OfType("Meeting"));
    }

    [Fact]
    public void APairsOwnSummitInTheSamePlaceStaysApart()
    {
        var d = TestArticles.Extract("""
            date 2025-07-12 The ECOWAS summit in Abuja opened with a call for unity.
            Ghanaian President John Mahama and Senegalese President Bassirou Diomaye Faye held a summit in Abuja on the margins.
            """);
        Assert.Equal(2, d.OfType("Meeting").Count());
    }

    [Theory]
    [InlineData("second", 2)]
    [InlineData("Eighteenth", 18)]
    [InlineData("twentieth", 20)]
    [InlineData("twenty-first", 21)]
    [InlineData("44th", 44)]
    [InlineData("1st", 1)]
    public void OrdinalsAreReadAsTheirNumber(string word, int value) => Assert.Equal(value, Ordinals.Value(word));

    [Theory]
    [InlineData("firstly")]
    [InlineData("fourths")]
    [InlineData("44")]
    public void OtherWordsAreNoOrdinals(string word) => Assert.Null(Ordinals.Value(word));

    [Theory]
    [InlineData("XIII", 13)]
    [InlineData("XIV", 14)]
    [InlineData("XIX", 19)]
    [InlineData("II", 2)]
    public void RomanNumeralsNumberEditions(string word, int value) => Assert.Equal(value, Ordinals.RomanValue(word));

    [Theory]
    [InlineData("V")]
    [InlineData("IIV")]
    [InlineData("Xi")]
    [InlineData("MIX")]
    public void SingleLettersAndMalformedNumeralsAreNot(string word) => Assert.Null(Ordinals.RomanValue(word));
}
