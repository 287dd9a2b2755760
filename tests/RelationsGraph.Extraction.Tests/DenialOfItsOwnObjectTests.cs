namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Norway declined to join the regional lending scheme", "Chile refused to join Western sanctions": a denied signing or
/// joining with an object of its own that is no document, text or gathering tells a refusal of that thing, so the state stays a
/// side of the documents the story's meeting made (see DenialOfItsOwnObject); a bare denial or one of the text still counts
/// (see StatesThatDidNotSignTests).
/// </summary>
public class DenialOfItsOwnObjectTests
{
    [Fact]
    public void AStateThatDeclinedToJoinALendingSchemeStaysASideOfTheVisitsMemorandum()
    {
        var d = TestArticles.Extract("""
            date 2019-05-14 President Kwame Adjei of Ghana received Prime Minister Solveig Brekke of Norway in Accra on Tuesday.
            After their talks, the two governments signed a memorandum on offshore fisheries.
            Norway declined to join the regional lending scheme for harbour works, officials in Oslo said.
            """);
        var memorandum = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("memorandum"));
        Assert.True(d.Has("PARTY_TO", "country:no", memorandum.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:gh", memorandum.Id), d.Dump());
    }

    [Fact]
    public void AStateThatHasNotSignedOnToALendingSchemeStaysASide()
    {
        var d = TestArticles.Extract("""
            date 2019-05-14 President Kwame Adjei of Ghana received Prime Minister Solveig Brekke of Norway in Accra on Tuesday.
            The two leaders watched as aides signed a memorandum on offshore fisheries after the talks.
            Norway has not signed on to the lending scheme for harbour works, officials in Oslo said.
            """);
        var memorandum = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("memorandum"));
        Assert.True(d.Has("PARTY_TO", "country:no", memorandum.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:gh", memorandum.Id), d.Dump());
    }

    [Fact]
    public void AStateThatRefusedToJoinSanctionsStaysASide()
    {
        var d = TestArticles.Extract("""
            date 2021-03-02 Chilean President Tomas Arriagada met Portuguese Prime Minister Rui Valadares in Lisbon on Monday.
            The two leaders watched as aides signed an agreement on wine exports after the meeting.
            Chile refused to join Western sanctions against the junta of Corvania last year.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:cl", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:pt", agreement.Id), d.Dump());
    }
}
