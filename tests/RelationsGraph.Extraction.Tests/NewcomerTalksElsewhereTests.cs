using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>Talks with someone new in a town away from the dateline, told after unplaced talks: another stop of the round.</summary>
public class NewcomerTalksElsewhereTests
{
    private const string Opening = """
        date 2024-05-14

        {0}, May 14 (Wire) - Zambian Foreign Minister Chanda Mulenga met Malawian Foreign Minister Peter Banda at a lakeside lodge to discuss the planned border railway.

        {1}
        """;

    private static ExtractionDocument Story(string dateline, string second) =>
        TestArticles.Extract(Opening.Replace("{0}", dateline).Replace("{1}", second));

    private static List<string> MeetingsOf(ExtractionDocument d, string person) =>
        d.OfType("Meeting").Where(m => d.Has("ATTENDED", person, m.Id)).Select(m => m.Id).ToList();

    [Fact]
    public void TalksWithANewcomerInAnotherTownAreAnEncounterOfTheirOwn()
    {
        var d = Story("LUSAKA", "Mulenga and Banda held talks with Zimbabwean Transport Minister Tinashe Marufu in Livingstone on the funding of the line.");
        Assert.Equal(2, MeetingsOf(d, "person:chanda-mulenga").Count);
        var withMarufu = Assert.Single(MeetingsOf(d, "person:tinashe-marufu"));
        Assert.True(d.Has("HELD_IN", withMarufu, "place:livingstone"));
    }

    [Fact]
    public void TalksInTheDatelineTownStayOneGathering()
    {
        var d = Story("LIVINGSTONE", "Mulenga and Banda held talks with Zimbabwean Transport Minister Tinashe Marufu in Livingstone on the funding of the line.");
        var only = Assert.Single(MeetingsOf(d, "person:chanda-mulenga"));
        Assert.True(d.Has("ATTENDED", "person:tinashe-marufu", only));
    }

    [Fact]
    public void TheTalksToldBackStillTakeTheNewcomer()
    {
        var d = Story("LUSAKA", "The talks in Livingstone were also attended by Zimbabwean Transport Minister Tinashe Marufu, officials said.");
        var only = Assert.Single(MeetingsOf(d, "person:chanda-mulenga"));
        Assert.True(d.Has("ATTENDED", "person:tinashe-marufu", only));
    }
}
