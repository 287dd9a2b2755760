namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Soviet Foreign Minister X": a nationality written right before the title before a known name beats the knowledge
/// base's default country for a person who served more than one state; it does not carry to a later name in a list.
/// </summary>
public class NationalityBeforeTheTitleTests
{
    [Fact]
    public void TheNationalityBeforeTheTitleIsTheCountryThePersonActsFor()
    {
        var d = TestArticles.Extract(
            "Soviet Foreign Minister Eduard Shevardnadze arrived in Port Alma on Monday for two days of talks on fishing rights in the northern straits.");
        Assert.True(d.Has("REPRESENTS", "person:eduard-shevardnadze", "country:su"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:eduard-shevardnadze", "country:ge"), d.Dump());
    }

    [Fact]
    public void WithoutANationalityTheKnowledgeCountryStays()
    {
        var d = TestArticles.Extract(
            "President Eduard Shevardnadze opened the new bridge over the river at Port Alma on Monday and spoke to the crowd for an hour.");
        Assert.False(d.Has("REPRESENTS", "person:eduard-shevardnadze", "country:su"), d.Dump());
    }

    [Fact]
    public void TheNationalityOfAnEarlierNameInAListDoesNotCarryOver()
    {
        var d = TestArticles.Extract(
            "Ukrainian Foreign Minister Petro Halvanko and Foreign Minister Sergei Lavrov met in Port Alma on Monday to discuss the grain corridor.");
        Assert.True(d.Has("REPRESENTS", "person:petro-halvanko", "country:ua"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:sergei-lavrov", "country:ua"), d.Dump());
    }
}
