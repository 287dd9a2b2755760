namespace RelationsGraph.Extraction.Tests;

/// <summary>"In Harare, the Foreign Minister, X, said": an official named after an opening setting serves the setting's country.</summary>
public class OfficialsInASettingTests
{
    private const string Opening = "date 2024-05-03 Zambia and Namibia signed a river accord in Geneva on Thursday after a year of talks. ";

    [Fact]
    public void AnOfficialAfterAnOpeningCitySettingServesThatCitysCountry()
    {
        var d = TestArticles.Extract(Opening + "In Lusaka, Foreign Minister Chanda Mwelwa told state radio that the accord was fair.");
        Assert.True(d.Has("REPRESENTS", "person:chanda-mwelwa", "country:zm"), d.Dump());
    }

    [Fact]
    public void AnOfficialInAnAppositionAfterTheSettingServesItToo()
    {
        var d = TestArticles.Extract(Opening + "In Windhoek, the Foreign Minister, Selma Haufiku, said the text would go to parliament.");
        Assert.True(d.Has("REPRESENTS", "person:selma-haufiku", "country:na"), d.Dump());
    }

    [Fact]
    public void ASettingLaterInTheSentenceGivesNoCountry()
    {
        var d = TestArticles.Extract(Opening + "Foreign Minister Chanda Mwelwa said the accord was fair when he spoke in Lusaka.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:chanda-mwelwa");
    }

    [Fact]
    public void AnotherCountryBetweenTheSettingAndTheOfficialLeavesTheSideOpen()
    {
        var d = TestArticles.Extract(Opening + "In Lusaka, a delegation from Malawi and Foreign Minister Chanda Mwelwa reviewed the text.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:chanda-mwelwa" && r.To == "country:zm");
    }

    [Fact]
    public void APartyLeaderInTheSettingHoldsNoOfficeForIt()
    {
        var d = TestArticles.Extract(Opening + "In Lusaka, the opposition leader Mumba Kasonde called the accord a surrender.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:mumba-kasonde");
    }
}
