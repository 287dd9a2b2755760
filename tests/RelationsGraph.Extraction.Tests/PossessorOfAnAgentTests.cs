namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X, who heads President Y's office, signed", "President Y's envoy X signed": a name owning an office or an agent is no
/// signer; the agent who acted for it is.
/// </summary>
public class PossessorOfAnAgentTests
{
    private const string Lead = """
        date 2023-06-12 Delegations of Norland and Vestria met in the lakeside town of Orvik for three days of talks on their border.

        """;

    // Pattern: the possessor inside a relative clause describing the signer.
    [Fact]
    public void TheOwnerOfTheSignersOfficeIsNoSigner()
    {
        var d = TestArticles.Extract(Lead + "Teodor Malvik, who heads President Aurel Dansk's office and led the Norland team, signed the border demarcation agreement on Monday.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:teodor-malvik", agreement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:aurel-dansk", agreement.Id), d.Dump());
    }

    // Pattern: the possessor of the envoy who signed, in the subject itself.
    [Fact]
    public void TheLeaderWhoseEnvoySignedIsNoSigner()
    {
        var d = TestArticles.Extract(Lead + "President Aurel Dansk's special envoy, Teodor Malvik, signed the border demarcation agreement on Monday.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:teodor-malvik", agreement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:aurel-dansk", agreement.Id), d.Dump());
    }
}
