namespace RelationsGraph.Extraction.Tests;

/// <summary>"... signed the protocol as witnesses": the witnesses' states are no sides of the document (SignedAsWitness.RightAfterTheDocument).</summary>
public class WitnessesAfterTheDocumentTests
{
    private const string Lead = """
        Neighbours sign lake protocol

        date 2024-05-14 MERVAL - Armenia and Georgia signed the Lake Orvan Protocol on Tuesday in Merval after two days of talks.

        """;

    [Fact]
    public void TheStatesOfPeopleWhoSignedTheTextAsWitnessesAreNoParties()
    {
        var d = TestArticles.Extract(Lead + """
            Tomas Vrell, who chairs Kazakhstan's senate, and Anika Solberd, a Polish envoy, were at the ceremony and signed the protocol as witnesses.
            """);
        var protocol = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:am", protocol.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ge", protocol.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:kz", protocol.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:pl", protocol.Id), d.Dump());
    }

    [Fact]
    public void AWitnessNamedAfterTheSignersLeavesTheSignersStates()
    {
        var d = TestArticles.Extract("""
            Neighbours sign lake protocol

            date 2024-05-14 MERVAL - Armenia's foreign minister Daren Kovik and his Georgian counterpart Lasha Merodi signed the Lake Orvan Protocol in Merval on Tuesday, with a Kazakh envoy as a witness.
            """);
        var protocol = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:am", protocol.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ge", protocol.Id), d.Dump());
    }
}
