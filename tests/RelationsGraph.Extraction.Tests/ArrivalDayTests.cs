namespace RelationsGraph.Extraction.Tests;

/// <summary>The day told right after "flew in" is the traveller's arrival, not the day of the gathering the arrival puts them at.</summary>
public class ArrivalDayTests
{
    [Fact]
    public void FlewInOnADayDoesNotDateTheGathering()
    {
        var d = TestArticles.Extract("""
            date 2024-06-16 Crowds filled the streets of Port Vell on Saturday as the Republic of Norland celebrated its first independence day.
            Secretary-General Anna Kovac, who flew in on Friday alongside Valdoria's Foreign Minister, Tomas Berg, told the crowd that the world welcomed the new state.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Date == "2024-06-14");
    }

}
