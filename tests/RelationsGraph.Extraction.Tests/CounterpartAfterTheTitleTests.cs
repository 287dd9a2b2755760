namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X signed the Joint Communiqué on ... between A and B in the capital today with Y": the counterpart after "with" may follow
/// the document's full title, its sides and a phrase of place or time, and signs it too.
/// </summary>
public class CounterpartAfterTheTitleTests
{
    private const string Lead = """
        date 2022-03-08 Foreign ministers of Norland and Vestria met in the lakeside town of Orvik for two days of talks.

        """;

    // Pattern: a long title, its sides, place and time, then "with" and the counterpart.
    [Fact]
    public void TheCounterpartAfterALongTitleSignsToo()
    {
        var d = TestArticles.Extract(Lead + "Foreign Minister Tomas Verrin signed the Joint Declaration on the Opening of Consulates between Norland and Vestria in Orvik today with Ilse Marrow, the Vestrian foreign minister.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tomas-verrin", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ilse-marrow", agreement.Id), d.Dump());
    }

    // Pattern: a "with" after a comma closing the title is a circumstance ("with X looking on"), not a counterpart.
    [Fact]
    public void AWitnessAfterACommaIsNoCounterpart()
    {
        var d = TestArticles.Extract(Lead + "Foreign Minister Tomas Verrin signed the Joint Declaration on the Opening of Consulates between Norland and Vestria in Orvik today, with President Aldo Fenn of Vestria looking on.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tomas-verrin", agreement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:aldo-fenn", agreement.Id), d.Dump());
    }
}
