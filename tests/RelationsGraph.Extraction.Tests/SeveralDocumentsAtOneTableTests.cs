namespace RelationsGraph.Extraction.Tests;

/// <summary>A plural document noun as the object of an active signing verb tells a signing as one document does.</summary>
public class SeveralDocumentsAtOneTableTests
{
    [Fact]
    public void TwoSignersOfSeveralAgreementsMeetToSignThem()
    {
        var d = TestArticles.Extract("""
            TARSK, May 9, 2023 - The river ports of both states reopened on Tuesday.
            The arrangement goes back to 2011, when the then Veldian and Sylvanian trade ministers, Ana Rusu and Ion Vlad, signed four agreements in Marvenburg opening the river to barges.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ana-rusu", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ion-vlad", signing.Id), d.Dump());
    }

    [Fact]
    public void OneSignerOfSeveralAccordsAtAVenueMakesTheSigning()
    {
        var d = TestArticles.Extract("""
            TARSK, May 9, 2023 - Veldian Foreign Minister Petra Oslend signed three cooperation accords at the Amber Hall in Marvenburg on Monday, her office said.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:petra-oslend", signing.Id), d.Dump());
    }
}
