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

/// <summary>Documents one gathering adopted share its sides.</summary>
public class SidesSharedByOneGatheringTests
{
    [Fact]
    public void APlanTheSummitEndorsedTakesTheSidesOfItsDeclaration()
    {
        var d = TestArticles.Extract("""
            date 2025-03-04 Arab leaders met in Cairo on Tuesday for an emergency summit.

            At the Cairo summit the leaders of Egypt, Jordan and Qatar adopted the Cairo Declaration on Reconstruction.

            At the Cairo summit the leaders also adopted a plan on housing drafted by Egypt and Jordan.
            """);
        var plan = Assert.Single(d.OfType("Agreement"), a => a.Kind == "plan");
        Assert.True(d.Has("PARTY_TO", "country:eg", plan.Id));
        Assert.True(d.Has("PARTY_TO", "country:qa", plan.Id));
    }
}
