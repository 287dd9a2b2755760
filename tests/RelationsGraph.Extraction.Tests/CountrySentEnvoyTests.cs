namespace RelationsGraph.Extraction.Tests;

/// <summary>"Iraq sent President X": the people a country sends are at the gathering under discussion.</summary>
public class CountrySentEnvoyTests
{
    private const string Summit = "date 2024-03-04 Leaders of the Arab League met in Cairo on Monday for an extraordinary summit on Gaza. ";

    [Fact]
    public void AnEnvoyACountrySentAttends()
    {
        var d = TestArticles.Extract(Summit + "Iraq sent President Abdul Latif Rashid.");
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:abdul-latif-rashid", summit.Id), d.Dump());
    }

    [Fact]
    public void EveryPersonOfASentListAttends()
    {
        var d = TestArticles.Extract(Summit + "Tunisia and Algeria sent their foreign ministers, Nabil Ammar and Ahmed Attaf.");
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:nabil-ammar", summit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ahmed-attaf", summit.Id), d.Dump());
    }

    [Fact]
    public void EnvoysSentByACollectiveOfStatesAttend()
    {
        var d = TestArticles.Extract(Summit + "The Gulf states sent Prime Minister Mohammed bin Abdulrahman Al Thani of Qatar and Foreign Minister Abdullah Al-Yahya of Kuwait.");
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:mohammed-bin-abdulrahman-al-thani", summit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:abdullah-al-yahya", summit.Id), d.Dump());
    }

    [Fact]
    public void TroopsACollectiveSentAreNoAttendance()
    {
        var d = TestArticles.Extract(Summit + "The region sent troops to the border, Defence Minister Omar Hassan said.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:omar-hassan");
    }

    [Fact]
    public void ALetterSentToAPersonIsNoAttendance()
    {
        var d = TestArticles.Extract(Summit + "Iraq sent a letter to President Joe Biden about the plan.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:joe-biden");
    }

    [Fact]
    public void APersonBeginningAClauseAfterAnotherObjectIsNotSent()
    {
        var d = TestArticles.Extract(Summit + "Last year Jordan sent rescue teams and Foreign Minister Ayman Safadi, who visited the flooded towns.");
        var summit = d.OfType("Meeting").Single(m => m.Id.Contains("summit"));
        Assert.False(d.Has("ATTENDED", "person:ayman-safadi", summit.Id), d.Dump());
    }
}
