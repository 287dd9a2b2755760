namespace RelationsGraph.Extraction.Tests;

/// <summary>Sides named as the subject of a signing outrank the other participants of the meeting that produced the document.</summary>
public class SidesNamedAsSignersTests
{
    [Fact]
    public void TheTwoDelegationsThatSignedAreTheSidesNotTheWholeMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Ecuadorian President Daniel Noboa, Peruvian President Dina Boluarte and Chilean President Gabriel Boric met in Lima on Tuesday.

            At the meeting in Lima on Tuesday the Peruvian and Chilean delegations signed a treaty on fisheries.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:pe", treaty.Id));
        Assert.True(d.Has("PARTY_TO", "country:cl", treaty.Id));
        Assert.False(d.Has("PARTY_TO", "country:ec", treaty.Id));
    }
}
