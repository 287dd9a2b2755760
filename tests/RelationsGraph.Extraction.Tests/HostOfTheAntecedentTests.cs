namespace RelationsGraph.Extraction.Tests;

/// <summary>"the bloc's summit, which X will host": a hosting clause about its antecedent is no visit of its own.</summary>
public class HostOfTheAntecedentTests
{
    [Fact]
    public void AHostingClauseAboutAGroupingStartsNoVisit()
    {
        var d = TestArticles.Extract("date 2021-03-02 Valdorian Prime Minister Ansel Brevik met Marenian President Tomas Idrun in Kessburg on Tuesday. " +
                                     "Both leaders will travel on to the Northern Circle, which Prime Minister Orla Fenwick hosts in Lunmark from Friday.");
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.False(d.Has("ATTENDED", "person:orla-fenwick", talks.Id), d.Dump());
    }

    [Fact]
    public void AGuestReceivedInTheClauseStillMakesAVisit()
    {
        var d = TestArticles.Extract("date 2021-03-02 Valdorian Prime Minister Ansel Brevik met Marenian President Tomas Idrun in Kessburg on Tuesday. " +
                                     "Idrun later went to the Ostrava Palace, which hosted Valdorian Foreign Minister Hella Marsk last month.");
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:hella-marsk", m.Id));
    }
}
