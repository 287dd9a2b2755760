namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "A and B put their names to the text during a ceremony hosted by C": the "by" of a participle describing the ceremony is
/// that participle's agent; the signing verb stays active and its subjects are the signers (see WitnessedBy.OfAnotherVerb).
/// </summary>
public class CeremonyHostedByTests
{
    private const string Lead = """
        date 2023-09-12 Marovia and Celdan signed an accord in the Brenic capital on Tuesday on sharing the waters of the Ostra river.

        """;

    // Pattern: "put their names to the text during a ceremony hosted by C": the subjects signed, the host did not.
    [Fact]
    public void SubjectsSignAndTheHostDoesNot()
    {
        var d = TestArticles.Extract(Lead + "Marovian President Tomas Verek and Celdani President Ina Palovska put their names to the text during a ceremony hosted by Brenic President Oskar Lindqvar.");
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tomas-verek", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ina-palovska", accord.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:oskar-lindqvar", accord.Id), d.Dump());
    }

    // Pattern: "signed the accord at talks brokered by C": an active signing verb keeps its subjects as the signers.
    [Fact]
    public void ActiveSignersBeforeABrokeredBy()
    {
        var d = TestArticles.Extract(Lead + "Foreign Minister Tomas Verek and Foreign Minister Ina Palovska signed the accord at talks brokered by Oskar Lindqvar.");
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tomas-verek", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ina-palovska", accord.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:oskar-lindqvar", accord.Id), d.Dump());
    }
}
