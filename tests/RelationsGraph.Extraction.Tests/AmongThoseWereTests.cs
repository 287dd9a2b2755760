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
}
