namespace RelationsGraph.Extraction.Tests;

/// <summary>"The negotiators, X for Nairobi and Y for Kampala, initialled the text": each name serves the country after its "for".</summary>
public class PairedSidesAfterForTests
{
    private const string Opening = "date 2024-02-21 Kenya and Uganda agreed on Wednesday to share the cost of a new railway bridge. ";

    [Fact]
    public void EachNameOfAPairedListServesTheCountryAfterItsFor()
    {
        var d = TestArticles.Extract(Opening + "The chief negotiators, Wanjiru Kamau Ndegwa for Nairobi and Okello Mukasa Ssempala for Kampala, initialled the text.");
        Assert.True(d.Has("REPRESENTS", "person:wanjiru-kamau-ndegwa", "country:ke"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:okello-mukasa-ssempala", "country:ug"), d.Dump());
    }

    [Fact]
    public void BothNamesOfAPairBeforeOneForServeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "The protocol was signed at the river crossing by Achieng Otieno Wekesa and Kiprono Barasa Mutai for Kenya.");
        Assert.True(d.Has("REPRESENTS", "person:achieng-otieno-wekesa", "country:ke"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:kiprono-barasa-mutai", "country:ke"), d.Dump());
    }

    [Fact]
    public void ALoneForTellsNoSide()
    {
        var d = TestArticles.Extract(Opening + "The engineer Wanjiru Kamau Ndegwa, who designed the bridge, said it was good news for Kenya.");
        Assert.False(d.Has("REPRESENTS", "person:wanjiru-kamau-ndegwa", "country:ke"), d.Dump());
    }
}
