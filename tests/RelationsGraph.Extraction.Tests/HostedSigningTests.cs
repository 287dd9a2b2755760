namespace RelationsGraph.Extraction.Tests;

/// <summary>"X, who hosted the signing", "the signing at V was hosted by X": the host stages the signing, no visit of its own.</summary>
public class HostedSigningTests
{
    [Fact]
    public void AHostClauseAboutTheSigningMakesNoVisit()
    {
        var d = TestArticles.Extract("date 2022-06-14 Valdorian Foreign Minister Ansel Brevik and Marenian Foreign Minister Tomas Idrun signed the Kessburg Water Accord on Tuesday. " +
                                     "Ostrian Foreign Minister Hella Marsk, who hosted the signing, said the accord would ease tensions along the river.");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "visit");
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:hella-marsk", m.Id));
    }

    [Fact]
    public void APassiveHostOfTheSigningAtANamedHallMakesNoVisit()
    {
        var d = TestArticles.Extract("date 2022-06-14 Valdorian Foreign Minister Ansel Brevik and Marenian Foreign Minister Tomas Idrun signed the Kessburg Water Accord on Tuesday. " +
                                     "The signing at the Lunmark Congress Hall was hosted by Ostrian President Orla Fenwick.");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "visit");
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:orla-fenwick", m.Id));
    }

    [Fact]
    public void HostingAGuestIsStillAVisit()
    {
        var d = TestArticles.Extract("date 2022-06-14 Ostrian President Orla Fenwick hosted Valdorian Prime Minister Ansel Brevik in Lunmark on Tuesday, before the signing of a trade pact.");
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ansel-brevik", m.Id));
    }

    [Fact]
    public void AWelcomeOfUnnamedGuestsBeforeTheTalksIsNoVisitOfItsOwn()
    {
        var d = TestArticles.Extract("date 2022-06-14 Marenian President Tomas Idrun arrived in Lunmark on Tuesday for a two-day stay. " +
                                     "Ostrian President Orla Fenwick welcomed her guest at the Amber Palace, and the two presidents then held talks over lunch.");
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("talks", talks.Kind);
        Assert.True(d.Has("ATTENDED", "person:orla-fenwick", talks.Id), d.Dump());
    }
}
