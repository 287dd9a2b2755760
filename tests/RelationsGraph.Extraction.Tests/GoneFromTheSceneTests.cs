namespace RelationsGraph.Extraction.Tests;

/// <summary>"after the assassination of X", "under former President Y": the dead and the rulers of a time gone by are not at the gathering told.</summary>
public class GoneFromTheSceneTests
{
    [Fact]
    public void TheOneWhoseAssassinationDatesTheConferenceIsNotThere()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 VELMORA, March 12 - Foreign ministers of eleven countries met in Velmora on Tuesday for a conference on river trade.
            Norland's new foreign minister, Oskar Thalberg, attended the conference barely a month after the assassination of Prime Minister Edvin Rask.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:oskar-thalberg", m.Id));
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:edvin-rask", m.Id));
    }

    [Fact]
    public void TheFormerRulerUnderWhomTalksStalledIsNotThere()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 VELMORA, March 12 - President Sorin Kavac of Ostrevia and President Aldric Fenwell of Norland held talks in Velmora on Tuesday.
            Officials said the two men settled the last disputes in hours; the file had lain untouched for a decade under former President Matej Horvan.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:sorin-kavac", m.Id));
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:matej-horvan", m.Id));
    }
}
