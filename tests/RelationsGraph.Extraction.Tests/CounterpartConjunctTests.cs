using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests;

/// <summary>"A and his counterpart, B": the two names of one coordinated subject, both at the gathering.</summary>
public class CounterpartConjunctTests
{
    [Fact]
    public void BothSidesOfACounterpartPairAttendTalksToldFarAfterThem()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Norwegian Foreign Minister Arvid Tallmer and his Estonian counterpart, Mirela Kask, ended a long day in the Estonian capital on Tuesday with three hours of closed-door talks at the foreign ministry.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        foreach (var id in new[] { "person:arvid-tallmer", "person:mirela-kask" })
            Assert.True(d.Has("ATTENDED", id, talks.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void OnlyAPossessiveCounterpartBetweenTheNamesJoinsThem()
    {
        var joined = Tokenizer.Tokenize("Tallmer and his Estonian counterpart, Kask, met.");
        Assert.True(CounterpartConjunct.Joins(joined, 1, 6));
        var notJoined = Tokenizer.Tokenize("Tallmer and his Estonian hosts praised Kask on Monday.");
        Assert.False(CounterpartConjunct.Joins(notJoined, 1, 6));
    }
}
