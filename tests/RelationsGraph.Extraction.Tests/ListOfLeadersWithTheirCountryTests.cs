namespace RelationsGraph.Extraction.Tests;

/// <summary>"Presidents A of X, B of Y and C of Z attended": each name of a roll followed by its country is in the list.</summary>
public class ListOfLeadersWithTheirCountryTests
{
    [Fact]
    public void EveryLeaderOfARollWithCountriesAfterTheNamesAttends()
    {
        var d = TestArticles.Extract("""
            date 2019-08-17 Southern African leaders met in Dar es Salaam on Saturday for the regional bloc's annual summit.
            Presidents Cyril Ramaphosa of South Africa, Emmerson Mnangagwa of the Republic of Zimbabwe, Hage Geingob of Namibia and Edgar Lungu of Zambia also attended.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:cyril-ramaphosa", "person:emmerson-mnangagwa", "person:hage-geingob", "person:edgar-lungu" })
            Assert.True(d.Has("ATTENDED", id, summit.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void ANameBeforeAVerbOfItsOwnIsNoPartOfTheRoll()
    {
        var d = TestArticles.Extract("""
            date 2019-08-17 Southern African leaders met in Dar es Salaam on Saturday for the regional bloc's annual summit.
            Cyril Ramaphosa of South Africa, whose delegation had flown home on Friday night after a long day in the city and a short stop in Lusaka, sent a message of support, and Zambian President Edgar Lungu also attended.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:edgar-lungu", summit.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:cyril-ramaphosa", summit.Id), d.Dump());
    }
}
