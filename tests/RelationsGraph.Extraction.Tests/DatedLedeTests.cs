namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A history piece whose lede opens with a date decades before publication is set in that year: a document it then tells
/// signed without a year of its own is of that year, not of the year the piece was published (see DatedLede).
/// </summary>
public class DatedLedeTests
{
    [Fact]
    public void ADocumentSignedWithoutItsYearInAHistoryPieceIsOfTheLedesDay()
    {
        var d = TestArticles.Extract("""
            # Velmora and the river: a quarrel settled

            *Posted 3 June 2019 · History*

            On 2 May 1889, King Arvid of Norland wrote to Prince Osric Dahlberg of Ostravia to propose an end to their long quarrel over the Marn river.

            The letter was carried by a fisherman.

            The two rulers signed a secret protocol on the river trade at Velmora, which neither court published for a decade.
            """, "a.md");
        Assert.Equal(1889, Assert.Single(d.OfType("Agreement")).Year);
    }

    [Fact]
    public void ALedeOpeningWithAMonthOfALongPastYearSetsTheStory()
    {
        var d = TestArticles.Extract("""
            # Velmora and the river: a quarrel settled

            *Posted 3 June 2019 · History*

            In late August 1689, beside the Marn river below Velmora, the envoys of Norland and Ostravia pitched their tents.

            Neither side spoke the other's language.

            The envoys signed a treaty on the river trade, the first the two crowns ever made.
            """, "a.md");
        Assert.Equal(1689, Assert.Single(d.OfType("Agreement")).Year);
    }
}
