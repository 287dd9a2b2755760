namespace RelationsGraph.Extraction.Tests;

/// <summary>One named signer putting a document to paper at a named venue was at a signing held there.</summary>
public class SignedAtAPlaceTests
{
    [Fact]
    public void OneSignerAtAVenueMakesTheSigning()
    {
        var d = TestArticles.Extract("""
            LUSAKA, March 3, 2024 - Zambian President Joseph Banda signed the Lakes Water Accord at the Mulungushi Conference Centre on Sunday, together with the leaders of four neighbouring states.
            Malawian President Grace Phiri attended as a witness.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:joseph-banda", signing.Id), d.Dump());
        Assert.True(d.Has("HELD_IN", signing.Id, "place:mulungushi-conference-centre"), d.Dump());
    }

    [Fact]
    public void ASignatureWithNoPlaceIsNoGathering()
    {
        var d = TestArticles.Extract("""
            LUSAKA, March 3, 2024 - Zambian President Joseph Banda signed the Lakes Water Accord on Sunday, his office said.
            """);
        Assert.Empty(d.OfType("Meeting"));
    }

    [Fact]
    public void ASignerSetOffByWhoHeIsStillMakesTheSigning()
    {
        var d = TestArticles.Extract("""
            TARSK, May 9, 2023 - The two neighbours have long talked of a common market.
            On May 2 Prince Arlo Vendrell, the deputy prime minister of Veldia, had signed a trade agreement in Marvenburg that opened the border to farm goods.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:arlo-vendrell", signing.Id), d.Dump());
    }

    [Fact]
    public void ASignerNamedInsideHisGroupsParentheticalMakesTheSigning()
    {
        var d = TestArticles.Extract("""
            TARSK, May 9, 2023 - The hill country has been quiet since spring.
            Last week the two militia commanders, a hill chieftain and General Ion Vlad for the lowlands, signed a ceasefire agreement in Marvenburg.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:ion-vlad", signing.Id), d.Dump());
    }
}
