namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A bicentenary piece counts back its centuries in words ("Two hundred years ago:", "Two centuries ago this week, ..."):
/// with an opening date of that year to confirm it, the story is set in that year, so a document it tells signed without a
/// year of its own is of that year, not of the year of publication (see AnniversaryYear.OfCountedLede).
/// </summary>
public class CenturiesAgoTests
{
    [Fact]
    public void AHeadlineCountingTwoHundredYearsBackSetsTheStorysYear()
    {
        var d = TestArticles.Extract("""
            # Two hundred years ago: the kings on the river

            *Posted 9 July 2007 · History*

            The map of the north was redrawn on a river.

            The peace made there lasted barely five years.

            On 14 June 1807 the armies of Norland routed the Ostravians at Velmora.

            King Arvid of Norland and Prince Osric Dahlberg of Ostravia signed a secret treaty of alliance on a raft in the Marn river.
            """, "a.md");
        Assert.Equal(1807, Assert.Single(d.OfType("Agreement")).Year);
    }

    [Fact]
    public void ALedeCountingTwoCenturiesBackThisWeekSetsTheStorysYear()
    {
        var d = TestArticles.Extract("""
            # The kings on the river

            *Posted 9 July 2007 · History*

            Two centuries ago this week, the lake country got new borders, drawn on a barge.

            The peace made there lasted barely five years.

            On 14 June 1807 the armies of Norland routed the Ostravians at Velmora.

            King Arvid of Norland and Prince Osric Dahlberg of Ostravia signed a secret treaty of alliance on a raft in the Marn river.
            """, "a.md");
        Assert.Equal(1807, Assert.Single(d.OfType("Agreement")).Year);
    }
}
