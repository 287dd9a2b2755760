namespace RelationsGraph.Extraction.Tests;

/// <summary>A date inside a who-clause told after the meeting tells what the person did, not when the meeting was.</summary>
public class WhoClauseDateTests
{
    [Fact]
    public void ADateOfAPersonsClauseDoesNotDateTheSummit()
    {
        var d = TestArticles.Extract("date 2021-01-06 Gulf Cooperation Council leaders gathered in Kuwait City on Tuesday. " +
                                     "The GCC summit was dedicated to the memory of Emir Sabah Al-Ahmad, who died last year.");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Date == "2020");
    }
}
