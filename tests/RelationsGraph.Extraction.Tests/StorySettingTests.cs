namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A story with no dateline is set where its headline and lead put the action ("first visit to Chile", a blog's "Notes from
/// Montevideo"); officials it names with an office and no country serve that setting, except those told as the visitor's party
/// or beside another country's known leader, and no setting is read when the opening names two countries' places.
/// </summary>
public class StorySettingTests
{
    private const string Lead = "date 2024-11-05\nVisit\n\nPeruvian President Dina Boluarte made her first state visit to Chile this week, " +
                                "three days of talks on lithium, ports and the border that officials had prepared for months.\n\n";

    [Fact]
    public void AnOfficialWithABareTitleServesTheCountryTheLeadIsSetIn()
    {
        var d = TestArticles.Extract(Lead + "Interior Minister Carolina Tohá Morales received her at the airport on Monday.");
        Assert.True(d.Has("REPRESENTS", "person:carolina-toha-morales", "country:cl"), d.Dump());
    }

    [Fact]
    public void ABlogTaglineNamesTheSetting()
    {
        var d = TestArticles.Extract("date 2024-11-05\nAndes Notebook\n\nNotes from Montevideo on politics and trade\n\n" +
                                     "It was a busy week for the government of Uruguay, with three cabinet meetings and a long debate on the budget in the Senate.\n\n" +
                                     "Finance Minister Mario Marcel Cullell said the budget would be balanced by 2026.");
        Assert.True(d.Has("REPRESENTS", "person:mario-marcel-cullell", "country:uy"), d.Dump());
    }

    [Fact]
    public void AnOfficialOfTheVisitingPartyGetsNoSetting()
    {
        var d = TestArticles.Extract(Lead + "Trade Minister Ursula Desilú León Chempén, who was also in the delegation, signed the port memorandum.");
        Assert.False(d.Has("REPRESENTS", "person:ursula-desilu-leon-chempen", "country:cl"), d.Dump());
    }

    [Fact]
    public void AnOpeningThatPlacesTheStoryInTwoCountriesGivesNoSetting()
    {
        var d = TestArticles.Extract("date 2024-11-05\nVisit\n\nTalks that began in Lima ended in Santiago this week after three days of debate on lithium, ports and the border.\n\n" +
                                     "Interior Minister Carolina Tohá Morales said the border would stay open.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:carolina-toha-morales");
    }
}
