namespace RelationsGraph.Extraction.Tests;

/// <summary>A call on someone told with an adjective before the title ("called on the visiting Prime Minister X") is a call on that person.</summary>
public class CalledOnTheDescribedTests
{
    [Fact]
    public void TheCallOnTheAgedKingIsAnEncounter()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 Dutch Prime Minister Pieter Dekker flew to Oslo on Tuesday, opening a short official trip to Norway.
            On Wednesday morning Dekker called on the elderly King Sigvald Brenne at the royal residence.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:pieter-dekker", m.Id) && d.Has("ATTENDED", "person:sigvald-brenne", m.Id));
    }

    /// <summary>Guard: an appeal to the described body is no call.</summary>
    [Fact]
    public void AnAppealToTheOutgoingGovernmentIsNoCall()
    {
        var d = TestArticles.Extract("""
            date 2022-09-14 Opposition leader Pieter Dekker called on the outgoing Cabinet Office to publish the report by Friday.
            """);
        Assert.Empty(d.OfType("Meeting"));
    }
}
