namespace RelationsGraph.Extraction.Tests;

/// <summary>A counted round of a negotiating process is a session of talks of its own; rounds of sanctions or of an election are not.</summary>
public class RoundOfTalksTests
{
    [Fact]
    public void ACountedRoundHeldSomewhereIsAMeeting()
    {
        var d = TestArticles.Extract("""
            date 2022-05-20 Chilean Foreign Minister Rosa Medina and Peruvian Foreign Minister Jorge Salas held talks on the border in Lima on Friday.
            Their first round was held in Santiago on 3 March.
            """);
        Assert.Equal(2, d.OfType("Meeting").Count());
    }

    [Fact]
    public void ARoundOfANamedMechanismIsAMeeting()
    {
        var d = TestArticles.Extract("date 2022-05-20 Diplomats from Chile and Peru met in Lima on Tuesday for the fourth round of their Joint Border Commission.");
        Assert.Single(d.OfType("Meeting"));
    }

    [Fact]
    public void ARoundOfAnElectionIsNoMeeting()
    {
        var d = TestArticles.Extract("date 2022-05-20 The second round of the presidential election is scheduled for June 5, and the first round drew high turnout.");
        Assert.Empty(d.OfType("Meeting"));
    }

    [Fact]
    public void ARoundOfSanctionsIsNoMeeting()
    {
        var d = TestArticles.Extract("date 2022-05-20 The bloc adopted a new round of sanctions against the regime on Monday.");
        Assert.Empty(d.OfType("Meeting"));
    }
}
