namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "an agreement between A, the IMF and the Governments of B, C and D": an organisation named as a middle item of a
/// "between" list and the words "the Government(s) of" do not end the list, so every state after them is a side
/// (AgreementMentionFinder.NonStateItemEnd).
/// </summary>
public class BetweenListWithANonStateItemTests
{
    [Fact]
    public void StatesAfterALenderAndTheirGovernmentsAreSides()
    {
        var d = TestArticles.Extract("""
            Canal fund agreed

            date 1972-05-03 VARNOLT - Meeting in Sweden, delegates on Wednesday signed the Kessavo Canal Fund Agreement between Portugal, the IMF and the Governments of Norway, Denmark, Austria, Ireland and Belgium.
            """);
        var fund = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kessavo"));
        foreach (var iso in new[] { "pt", "no", "dk", "at", "ie", "be" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", fund.Id), iso + "\n" + d.Dump());
        // The list names the sides, so the host country of the meeting is none of them.
        Assert.False(d.Has("PARTY_TO", "country:se", fund.Id), d.Dump());
    }

    [Fact]
    public void LowerCaseGovernmentsOfDoNotEndTheList()
    {
        var d = TestArticles.Extract("""
            Border treaty signed

            date 1998-10-07 HALSKE - Meeting in Sweden, the foreign ministers on Tuesday signed the Tarrow Border Treaty between the governments of Norway, Denmark and Ireland at a short ceremony in Halske.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Tarrow"));
        foreach (var iso in new[] { "no", "dk", "ie" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", treaty.Id), iso + "\n" + d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:se", treaty.Id), d.Dump());
    }
}
