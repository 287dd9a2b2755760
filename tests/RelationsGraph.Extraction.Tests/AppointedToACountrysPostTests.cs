namespace RelationsGraph.Extraction.Tests;

/// <summary>"X was named Norway's ambassador", "a decree appointing X as Denmark's envoy": the appointee serves the country owning the post.</summary>
public class AppointedToACountrysPostTests
{
    private const string Opening = "date 2024-03-05 Delegates from four states gathered in Nairobi on Tuesday to review a fisheries plan. ";

    [Fact]
    public void APersonNamedToACountrysPostAfterTheirNameServesThatCountry()
    {
        var d = TestArticles.Extract(Opening + "Former trade minister Senna Halvorsen was named Norway's ambassador in Lusaka in January.");
        Assert.True(d.Has("REPRESENTS", "person:senna-halvorsen", "country:no"), d.Dump());
    }

    [Fact]
    public void APersonAppointedAsACountrysEnvoyBeforeTheirNameServesThatCountry()
    {
        var d = TestArticles.Extract(Opening + "On Monday the cabinet issued a decree appointing Brede Kvalsund as Denmark's envoy to the fisheries talks. Kvalsund told reporters he would travel to Mombasa next week.");
        Assert.True(d.Has("REPRESENTS", "person:brede-kvalsund", "country:dk"), d.Dump());
    }
}
