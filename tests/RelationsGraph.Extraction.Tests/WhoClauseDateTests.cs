namespace RelationsGraph.Extraction.Tests;

/// <summary>A date inside a who-clause told after the meeting tells what the person did, not when the meeting was.</summary>
public class WhoClauseDateTests
{
    [Fact]
    public void ADateOfAPersonsClauseDoesNotDateTheSummit()
    {
        var d = TestArticles.Extract("date 2021-01-06 Gulf Cooperation Council leaders held their summit in Riyadh on Tuesday. " +
                                     "The GCC summit was dedicated to the memory of Emir Sabah Al-Ahmad, who died last year.");
        // One summit, on its own day and in its town: the later reference joins it rather than starting a summit of 2020.
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("2021-01-05", summit.Date);
        Assert.True(d.Has("HELD_IN", summit.Id, "place:riyadh"), d.Dump());
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Date == "2020");
    }
}
