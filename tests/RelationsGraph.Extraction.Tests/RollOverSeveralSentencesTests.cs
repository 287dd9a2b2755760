namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A roll of delegations told one state a sentence, before the act they came for, joins that act as a whole, its first lines
/// too (see RollOverSeveralSentences).
/// </summary>
public class RollOverSeveralSentencesTests
{
    private const string Roll = """
        date 2015-03-09 The river quarrel had lasted a generation.
        Portugal was represented by Count Aldo Ferrin, an old soldier.
        Sweden sent Baron Piet Halvorsen, its envoy in Lisbon.
        Denmark was represented by Jens Morrow, a merchant of Aarhus.
        Norway sent Ivo Castell, a lawyer.
        On 4 May, Ivo Castell and Jens Morrow signed the Treaty of Brellinger.
        """;

    [Fact]
    public void TheFirstLineOfTheRollJoinsTheSigning()
    {
        var d = TestArticles.Extract(Roll);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ivo-castell", m.Id));
        Assert.True(d.Has("ATTENDED", "person:aldo-ferrin", signing.Id));
        Assert.True(d.Has("ATTENDED", "person:piet-halvorsen", signing.Id));
    }

    [Fact]
    public void AnAttendanceApartFromTheRollWaitsOnlyItsOwnReach()
    {
        var d = TestArticles.Extract("""
            date 2015-03-09 Portugal was represented by Count Aldo Ferrin, an old soldier.
            The river quarrel had lasted a generation.
            The tolls were high.
            The merchants complained.
            The ships waited.
            On 4 May, Ivo Castell and Jens Morrow signed the Treaty of Brellinger.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:aldo-ferrin", m.Id) && d.Has("ATTENDED", "person:ivo-castell", m.Id));
    }
}
