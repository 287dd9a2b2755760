namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A history piece that dates its event inside its lede, not at its start, and names only dates of that distant time is set
/// in that time: what it tells without a year is of it, not of the year of publication; a current report that recalls old
/// dates keeps its own year (see DistantChronicle).
/// </summary>
public class DistantChronicleTests
{
    private const string Chronicle = """
        date 2021-05-04 No settlement reshaped the lower Marn as quickly as the one sealed in the abbey at Velmora on 3 March 1702.
        The quarrel had begun in May 1701, when Norland seized the ferry towns and closed the river to the barges of its neighbour.
        On 28 February, Count Aldo Ferrin met Baron Piet Halvorsen at a parsonage outside Velmora, and the two envoys signed a preliminary treaty there.
        """;

    [Fact]
    public void ADocumentSignedWithoutItsYearIsOfTheChroniclesYear()
    {
        var d = TestArticles.Extract(Chronicle);
        Assert.Equal(1702, Assert.Single(d.OfType("Agreement")).Year);
    }

    [Fact]
    public void TalksToldWithoutTheirYearAreOfTheChroniclesYear()
    {
        var d = TestArticles.Extract(Chronicle);
        var talks = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:aldo-ferrin", m.Id)).ToList();
        Assert.NotEmpty(talks);
        Assert.All(talks, m => Assert.Equal("1702-02-28", m.Date));
    }

    [Fact]
    public void ABylineOnItsWeekdayDoesNotSetTheChronicleInThePresent()
    {
        var d = TestArticles.Extract("""
            # The winter the ferry towns changed hands

            *Tuesday, 4 May 2021 · History*

            No settlement reshaped the lower Marn as quickly as the one sealed in the abbey at Velmora on 3 March 1702.

            The quarrel had begun in May 1701, when Norland seized the ferry towns and closed the river to the barges of its neighbour.

            Count Aldo Ferrin and Baron Piet Halvorsen, the two envoys, signed a preliminary treaty at a parsonage outside Velmora.
            """, "a.md");
        Assert.Equal(1702, Assert.Single(d.OfType("Agreement")).Year);
    }

    /// <summary>Guard: passes with the rule off too.</summary>
    [Fact]
    public void ACurrentReportRecallingOldDatesKeepsItsOwnYear()
    {
        var d = TestArticles.Extract("""
            date 2021-05-04 On Tuesday the envoys of Norland and Ostravia signed a river treaty at Velmora.
            It replaces the settlement sealed in the abbey there on 3 March 1702, which ended a war begun in May 1701.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Year == 2021);
    }
}
