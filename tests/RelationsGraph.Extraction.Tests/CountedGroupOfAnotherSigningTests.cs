namespace RelationsGraph.Extraction.Tests;

/// <summary>A counted group that signs, its people named too far back, stands for the signers of the story's earlier document of that many signers.</summary>
public class CountedGroupOfAnotherSigningTests
{
    [Fact]
    public void TheTwoPresidentsAreTheSignersOfTheTreatyToldBefore()
    {
        var d = TestArticles.Extract("""
            date 2023-08-14 LILONGWE - Malawian President Tiwonge Chaluma and Zambian President Mapalo Siwale signed the Luangwa Water Treaty in Lilongwe on Monday, watched by Tanzanian President Baraka Mollel, who had brokered the talks.
            The treaty sets shared limits on what each country may draw from the rivers along their border.
            It also creates a joint board of engineers to measure the flow every season.
            Farmers downstream have long complained of dry months caused by new dams upstream.
            Officials expect the board to convene before the rains return.
            Alongside the treaty the two presidents also signed a declaration on lake transport.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("declaration", StringComparison.OrdinalIgnoreCase));
        Assert.True(d.Has("SIGNED", "person:tiwonge-chaluma", declaration.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:mapalo-siwale", declaration.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:baraka-mollel", declaration.Id), d.Dump());
    }

    [Fact]
    public void TheFourMenWhoSignTheTradePactAlsoSignTheTextBesideIt()
    {
        var d = TestArticles.Extract("""
            date 2022-06-05 NAIROBI - Kenyan President Odhiambo Wekesa put his signature to the Rift Valley Trade Agreement in Nairobi on Sunday.
            Signing with him were Ugandan President Okello Mutebi, Rwandan President Jean Habyara and Burundian President Pierre Ndayi.
            Months of haggling over sugar quotas had kept the deal in doubt.
            A late offer on cattle tariffs broke the deadlock.
            The ceremony was moved indoors because of heavy rain.
            Inside the hall, the four men signed the trade pact and, alongside it, the Lake Basin Customs Charter, a shorter text on border posts.
            """);
        var charter = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Charter"));
        foreach (var person in new[] { "person:odhiambo-wekesa", "person:okello-mutebi", "person:jean-habyara", "person:pierre-ndayi" })
            Assert.True(d.Has("SIGNED", person, charter.Id), d.Dump());
    }
}
