namespace RelationsGraph.Extraction.Tests;

/// <summary>The agent after "represented by", "attended by", "seconded by" and the like is a person (PassiveAgentOfAGathering).</summary>
public class PassiveAgentOfAGatheringTests
{
    [Fact]
    public void TheAgentOfAttendedByIsAPerson()
    {
        var d = TestArticles.Extract("date 2031-05-04 The ceremony in Velmora was attended by Tomas Velkan on Monday afternoon.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Tomas Velkan");
    }

    [Fact]
    public void TheAgentOfSecondedByIsAPerson()
    {
        var d = TestArticles.Extract("date 2031-05-04 The chief negotiator was seconded by Marek Odrowski, and the talks in Velmora went on until dawn.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Marek Odrowski");
    }
}
