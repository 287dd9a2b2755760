namespace RelationsGraph.Extraction.Tests;

/// <summary>"Among the leaders at the table were A and B": an inverted roll call names people at the gathering told.</summary>
public class AmongThoseWereTests
{
    [Fact]
    public void AmongTheLeadersWereAttends()
    {
        var d = TestArticles.Extract("""
            date 2023-07-09 Leaders of the Southern African Development Community held an extraordinary summit in Windhoek on Saturday.
            Among the leaders who flew in were Zambia's Hakainde Hichilema and Malawi's Lazarus Chakwera.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:hakainde-hichilema", summit.Id));
        Assert.True(d.Has("ATTENDED", "person:lazarus-chakwera", summit.Id));
    }

    [Fact]
    public void AmongTheCountriesIsNoRollCall()
    {
        var d = TestArticles.Extract("""
            date 2023-07-09 Leaders of the Southern African Development Community held an extraordinary summit in Windhoek on Saturday.
            Among the countries that objected was Zambia, whose president Hakainde Hichilema spoke from Lusaka.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:hakainde-hichilema", m.Id));
    }

    [Fact]
    public void AmongThemWereARollOfThePeopleJustTold()
    {
        var d = TestArticles.Extract("""
            date 2023-07-09 Leaders of the Southern African Development Community held an extraordinary summit in Windhoek on Saturday.
            Several heads of state spoke in the first session.
            Among them were Hakainde Hichilema, President of Zambia; Lazarus Chakwera, President of Malawi; and Duma Boko, who spoke last.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:hakainde-hichilema", "person:lazarus-chakwera", "person:duma-boko" })
            Assert.True(d.Has("ATTENDED", id, summit.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void AmongThemWasAThingIsNoRollCall()
    {
        var d = TestArticles.Extract("""
            date 2023-07-09 Leaders of the Southern African Development Community held an extraordinary summit in Windhoek on Saturday.
            Officials drew up several papers.
            Among them was a study written by the economist Hakainde Hichilema years ago.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:hakainde-hichilema", m.Id));
    }
}
