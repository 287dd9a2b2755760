namespace RelationsGraph.Extraction.Tests;

/// <summary>The town a speaker talks from ("speaking in X", "told reporters in X") is not where the gathering was held.</summary>
public class RemarkPlaceTests
{
    [Fact]
    public void TheTownWhereAMinisterBriefedJournalistsDoesNotHoldTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2023-05-09

            Peruvian Foreign Minister Dario Esquendo briefed journalists in Tarvosk after he held talks with his Chilean counterpart Lucia Fervante on Monday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("tarvosk"));
    }
    [Fact]
    public void TheTownAMinisterSpokeFromDoesNotHoldTheTalksHeDismissed()
    {
        var d = TestArticles.Extract("""
            date 2023-05-09

            Chilean President Ines Calderva held talks with Peruvian President Tomas Quillarte on Tuesday.
            Bolivian Foreign Minister Anselmo Ruperti, speaking in Tarvosk on Wednesday, dismissed the talks as a charade.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("tarvosk"));
    }

    [Fact]
    public void TheTownWhereAnAideToldJournalistsOfTheMeetingDoesNotHoldIt()
    {
        var d = TestArticles.Extract("""
            date 2023-05-09

            Chilean aide Marta Olivenza told journalists in Tarvosk that Chilean President Ines Calderva had met Peruvian President Tomas Quillarte on Monday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To.Contains("tarvosk"));
    }
}
