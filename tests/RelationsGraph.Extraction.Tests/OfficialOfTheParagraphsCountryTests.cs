namespace RelationsGraph.Extraction.Tests;

/// <summary>An official titled with an office of state and no nationality serves the one country their paragraph names.</summary>
public class OfficialOfTheParagraphsCountryTests
{
    [Fact]
    public void AnUnmarkedOfficialInAParagraphAboutOneCountryServesIt()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Later in the day the guest called on the President of Chile, Tomas Arvelo, at his office.
            She also met Interior Minister Marta Quilen.
            """);
        Assert.True(d.Has("REPRESENTS", "person:marta-quilen", "country:cl"), d.Dump());
    }

    [Fact]
    public void AParagraphNamingTwoCountriesAssumesNothing()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Chile and Peru agreed on Monday to renew their fisheries accord.
            Interior Minister Marta Quilen said the patrols would start in June.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:marta-quilen");
    }

    [Fact]
    public void AnOfficialWhoTravelsInTheirOwnClauseIsNotTheCountrys()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Chile is hosting the regional water talks this week.
            Trade Minister Marta Quilen flew in on Sunday for the opening session.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:marta-quilen");
    }

    [Fact]
    public void ANationalityMarkingALaterMemberOfTheListIsNotTheUnmarkedOfficialsCountry()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            The opening was attended by Vice President Daniel Orwoka and the Kenyan Minister for Energy, Ruth Achieng.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:daniel-orwoka" && r.To == "country:ke");
    }
}
