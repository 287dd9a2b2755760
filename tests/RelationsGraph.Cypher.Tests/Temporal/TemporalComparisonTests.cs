using RelationsGraph.Cypher.Values.Temporal;
using static RelationsGraph.Cypher.Tests.Temporal.TemporalCalls;

namespace RelationsGraph.Cypher.Tests.Temporal;

public class TemporalComparisonTests
{
    private static TemporalValue Value(string function, string text) => (TemporalValue)Call(function, text)!;

    [Fact]
    public void TimesCompareByInstantAcrossOffsets()
    {
        Assert.True(TemporalComparison.Compare(Value("time", "10:00+01:00"), Value("time", "09:35:14.645876123Z")) < 0);
    }

    [Fact]
    public void DateTimesCompareChronologically()
    {
        Assert.True(TemporalComparison.Compare(Value("datetime", "1980-12-11T12:31:14Z"), Value("datetime", "1984-10-11T12:31:14+05:00")) < 0);
        Assert.Equal(0, TemporalComparison.Compare(Value("date", "1984-10-11"), Value("date", "1984-10-11")));
    }

    [Fact]
    public void DifferentKindsAndDurationsAreNotOrdered()
    {
        Assert.Null(TemporalComparison.Compare(Value("date", "1984-10-11"), Value("localdatetime", "1984-10-11T00:00")));
        Assert.Null(TemporalComparison.Compare(Duration("P1D"), Duration("P2D")));
    }

    [Fact]
    public void DurationEqualityIsByComponents()
    {
        Assert.True(TemporalComparison.AreEqual(Duration("P12Y5M14DT16H12M70S"), Duration("P12Y5M14DT16H13M10S")));
        Assert.False(TemporalComparison.AreEqual(Duration("P12Y5M14DT16H13M10S"), Duration("P12Y5M13DT40H13M10S")));
        Assert.Equal(Duration("PT70S").GetHashCode(), Duration("PT1M10S").GetHashCode());
    }

    [Fact]
    public void OrderingPutsKindsInNeo4jOrder()
    {
        Assert.True(TemporalComparison.CompareForOrdering(Value("datetime", "2000-01-01T00:00Z"), Value("date", "1999-01-01")) < 0);
        Assert.True(TemporalComparison.CompareForOrdering(Duration("P1D"), Duration("P2D")) < 0);
    }
}
