namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Zambia's foreign minister, X, signed on behalf of President Y": an agent acts in the name of their own head of state or
/// government, so the leader acted for takes the agent's country; only a head's title, and only from a placed agent.
/// </summary>
public class PrincipalOfAnAgentTests
{
    private const string Opening = "date 2024-05-10 Rival factions signed a ceasefire accord in Lusaka on Friday after a week of talks mediated by neighbouring states. ";

    [Fact]
    public void ALeaderAWitnessSignedForTakesTheWitnesssCountry()
    {
        var d = TestArticles.Extract(Opening + "Malawi's foreign minister, Dr Peter Chirwa, signed on behalf of President Lloyd Mkandawire as a guarantor of the accord.");
        Assert.True(d.Has("REPRESENTS", "person:lloyd-mkandawire", "country:mw"), d.Dump());
    }

    [Fact]
    public void AHeadOfStateInAppositionBeforeTheNameIsTheLeadersTitle()
    {
        var d = TestArticles.Extract(Opening + "Tanzania's foreign minister, Asha Kibwana, acting for the Head of State, General Amani Kisanga, signed the annex.");
        Assert.True(d.Has("REPRESENTS", "person:amani-kisanga", "country:tz"), d.Dump());
    }

    [Fact]
    public void ThePrincipalIsNoMemberOfTheListBesideIt()
    {
        var d = TestArticles.Extract(Opening + "Botswana's Foreign Minister Kagiso Molefe, who hosted the talks acting for King Tau Sebele, and Ines Duarte, the Angolan diplomat who mediated, spoke afterwards.");
        Assert.True(d.Has("REPRESENTS", "person:tau-sebele", "country:bw"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:tau-sebele", "country:ao"), d.Dump());
    }

    [Fact]
    public void AnOfficialWhoIsNoHeadTakesNoCountryFromTheAgent()
    {
        var d = TestArticles.Extract(Opening + "Malawi's envoy, Peter Chirwa, spoke on behalf of Commissioner Helga Lindqvist of the regional bloc.");
        Assert.False(d.Has("REPRESENTS", "person:helga-lindqvist", "country:mw"), d.Dump());
    }
}
