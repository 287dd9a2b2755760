namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "signed by A and B and witnessed by C": the agent of a coordinated verb of looking on is a witness, not a signer.
/// </summary>
public class WitnessedByTests
{
    private const string Lead = """
        date 2021-05-04 Delegations of Norland and Vestria met in the lakeside town of Orvik for talks on their border.

        """;

    // Pattern: a second "by" after "and witnessed" introduces the witness.
    [Fact]
    public void TheAgentOfWitnessedIsNoSigner()
    {
        var d = TestArticles.Extract(Lead + "The Orvik Border Treaty, signed in Orvik in May 2021 by President Aldo Fenn and Prime Minister Mira Holt and witnessed by President Karel Dunn, remains in force.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:aldo-fenn", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:mira-holt", treaty.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:karel-dunn", treaty.Id), d.Dump());
    }

    // Pattern: a second "by" after "and" with no verb between adds a signer.
    [Fact]
    public void AnotherAgentAfterAndBySignsToo()
    {
        var d = TestArticles.Extract(Lead + "The Orvik Border Treaty was signed by President Aldo Fenn, the head of the Norland delegation, and by Prime Minister Mira Holt of Vestria.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:aldo-fenn", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:mira-holt", treaty.Id), d.Dump());
    }
}
