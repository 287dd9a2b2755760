using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// An agency dateline names the bureau that filed the story; a headline that places the news in a town of another country
/// names where it happened (see BureauDateline). The towns are invented and made known to the knowledge base for the test only.
/// </summary>
public class BureauDatelineTests
{
    private const string Places = "Tarnova|KE|\nAsmarel|ER|\nDoskar|KE|\n";

    private static ExtractionDocument ExtractKnowingTowns(string text) => TestArticles.ExtractKnowingOnly("places.txt", Places, text);

    [Fact]
    public void TheHeadlinesTownAbroadPlacesTheTalksInsteadOfTheBureau()
    {
        var d = ExtractKnowingTowns("""
            Neighbours sign river declaration in Asmarel

            TARNOVA, July 10 (Wire) - The presidents of two neighbouring states signed a river declaration on Tuesday, ending a decade of feuding.

            President Halvard Mbeko and President Petra Osei held three hours of talks before the signing, officials said.
            """);
        var talks = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:petra-osei", m.Id)).ToList();
        Assert.NotEmpty(talks);
        Assert.DoesNotContain(talks, m => d.Has("HELD_IN", m.Id, "place:tarnova"));
        Assert.Contains(talks, m => d.Has("HELD_IN", m.Id, "place:asmarel"));
    }

    [Fact]
    public void AHeadlineTownOfTheBureausOwnCountryLeavesTheDateline()
    {
        var d = ExtractKnowingTowns("""
            Neighbours sign river declaration in Doskar

            TARNOVA, July 10 (Wire) - The presidents of two neighbouring states signed a river declaration on Tuesday, ending a decade of feuding.

            President Halvard Mbeko and President Petra Osei held three hours of talks before the signing, officials said.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:petra-osei", m.Id) && d.Has("HELD_IN", m.Id, "place:tarnova"));
    }
}
