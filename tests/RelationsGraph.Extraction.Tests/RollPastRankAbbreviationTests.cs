namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "… alongside President A, President B, the Vorlandian leader Col. C and President D": the full stop of an abbreviated rank
/// inside a long roll of names does not end the roll, so the names after it are read too.
/// </summary>
public class RollPastRankAbbreviationTests
{
    [Fact]
    public void RollRunsPastAColonelsAbbreviation()
    {
        var d = TestArticles.Extract("""
            date 2021-03-14 King Edmund Valcourt, who hosted the summit in this quiet lakeside town on Saturday, signed the charter alongside President Tobias Wrenfield, President Anselm Duquaine, the Vorlandian leader Col. Rurik Halvorsen and President Casimir Ollendorf.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:tobias-wrenfield", "person:anselm-duquaine", "person:rurik-halvorsen", "person:casimir-ollendorf" })
            Assert.True(d.Has("ATTENDED", id, summit.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void RollRunsPastADoctorsAbbreviation()
    {
        var d = TestArticles.Extract("""
            date 2021-03-14 Prime Minister Halvard Brennick, who chaired the conference in the harbour town on Tuesday, opened the session together with President Leopold Aschenbrand, President Ivo Marchetti, Foreign Minister Dr. Selma Oberkirch and President Elric Thornvald.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:leopold-aschenbrand", "person:selma-oberkirch", "person:elric-thornvald" })
            Assert.True(d.Has("ATTENDED", id, meeting.Id), id + "\n" + d.Dump());
    }
}
