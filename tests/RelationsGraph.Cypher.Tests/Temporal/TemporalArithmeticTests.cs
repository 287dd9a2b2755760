using RelationsGraph.Cypher.Values.Temporal;
using static RelationsGraph.Cypher.Tests.Temporal.TemporalCalls;

namespace RelationsGraph.Cypher.Tests.Temporal;

public class TemporalArithmeticTests
{
    // The three durations of the TCK's Temporal8, as duration() builds them from maps.
    private static CypherDuration Whole() => (CypherDuration)Call("duration", Map(("years", 12L), ("months", 5L), ("days", 14L),
        ("hours", 16L), ("minutes", 12L), ("seconds", 70L), ("nanoseconds", 2L)))!;

    private static CypherDuration Mixed() => (CypherDuration)Call("duration", Map(("months", 1L), ("days", -14L), ("hours", 16L),
        ("minutes", -12L), ("seconds", 70L)))!;

    private static CypherDuration Fractional() => (CypherDuration)Call("duration", Map(("years", 12.5), ("months", 5.5), ("days", 14.5),
        ("hours", 16.5), ("minutes", 12.5), ("seconds", 70.5), ("nanoseconds", 3L)))!;

    public static TheoryData<string, string, string, string> Instants => new()
    {
        { "date", "1984-10-11", "1997-03-25", "1972-04-27" },
        { "localtime", "12:31:14.000000001", "04:44:24.000000003", "20:18:03.999999999" },
        { "time", "12:31:14.000000001+01:00", "04:44:24.000000003+01:00", "20:18:03.999999999+01:00" },
        { "localdatetime", "1984-10-11T12:31:14.000000001", "1997-03-26T04:44:24.000000003", "1972-04-26T20:18:03.999999999" },
        { "datetime", "1984-10-11T12:31:14.000000001+01:00", "1997-03-26T04:44:24.000000003+01:00", "1972-04-26T20:18:03.999999999+01:00" },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void AddsAndSubtractsWholeDurations(string constructor, string start, string sum, string difference)
    {
        var instant = (TemporalValue)Call(constructor, start)!;
        Assert.Equal(sum, TemporalArithmetic.Add(instant, Whole()).ToString());
        Assert.Equal(difference, TemporalArithmetic.Subtract(instant, Whole()).ToString());
    }

    [Fact]
    public void FractionalDurationsCascadeIntoDaysAndSeconds()
    {
        var date = (TemporalValue)Call("date", "1984-10-11")!;
        Assert.Equal("1997-10-11", TemporalArithmetic.Add(date, Fractional()).ToString());
        Assert.Equal("1971-10-12", TemporalArithmetic.Subtract(date, Fractional()).ToString());
        var dateTime = (TemporalValue)Call("localdatetime", "1984-10-11T12:31:14.000000001")!;
        Assert.Equal("1997-10-11T22:29:27.500000004", TemporalArithmetic.Add(dateTime, Fractional()).ToString());
        Assert.Equal("1971-10-12T02:33:00.499999998", TemporalArithmetic.Subtract(dateTime, Fractional()).ToString());
    }

    [Fact]
    public void DurationsAddComponentWise()
    {
        Assert.Equal("P12Y6MT32H2M20.000000002S", TemporalArithmetic.Add(Whole(), Mixed()).ToString());
        Assert.Equal("P-6M-15DT-17H-45M-3.500000001S", TemporalArithmetic.Subtract(Whole(), Fractional()).ToString());
        Assert.Equal("PT0S", TemporalArithmetic.Subtract(Mixed(), Mixed()).ToString());
    }

    [Fact]
    public void MultiplyingByAFloatApproximatesThroughAverageMonths()
    {
        var duration = Duration("P12Y5M14DT16H13M10.000000001S");
        Assert.Equal("P24Y10M28DT32H26M20.000000002S", TemporalArithmetic.Multiply(duration, 2L).ToString());
        Assert.Equal("P6Y2M22DT13H21M8S", TemporalArithmetic.Multiply(duration, 0.5).ToString());
        Assert.Equal("P6Y2M22DT13H21M8S", TemporalArithmetic.Divide(duration, 2L).ToString());
        Assert.Equal("P24Y10M28DT32H26M20.000000002S", TemporalArithmetic.Divide(duration, 0.5).ToString());
    }

    [Fact]
    public void AddingMonthsClampsToTheEndOfTheMonth()
    {
        var date = (TemporalValue)Call("date", "2016-01-31")!;
        Assert.Equal("2016-02-29", TemporalArithmetic.Add(date, Duration("P1M")).ToString());
    }

    [Fact]
    public void NamedZonesFollowDaylightSavingAcrossAdditions()
    {
        var winter = (TemporalValue)Call("datetime", "2017-01-10T12:00[Europe/Stockholm]")!;
        Assert.Equal("2017-07-10T12:00+02:00[Europe/Stockholm]", TemporalArithmetic.Add(winter, Duration("P6M")).ToString());
    }

    [Fact]
    public void DividingByIntegerZeroIsAnError()
    {
        var error = Assert.Throws<CypherException>(() => TemporalArithmetic.Divide(Duration("P1D"), 0L));
        Assert.Equal("DivisionByZero", error.Detail);
    }
}
