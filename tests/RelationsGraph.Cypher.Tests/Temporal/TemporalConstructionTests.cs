using static RelationsGraph.Cypher.Tests.Temporal.TemporalCalls;

namespace RelationsGraph.Cypher.Tests.Temporal;

public class TemporalConstructionTests
{
    [Fact]
    public void WeekDatesUseTheIsoWeekYear()
    {
        Assert.Equal("1816-12-30", Call("date", Map(("year", 1817L), ("week", 1L)))!.ToString());
        Assert.Equal("1817-01-07", Call("date", Map(("date", Call("date", "1816-12-31")), ("week", 2L)))!.ToString());
    }

    [Fact]
    public void ProjectionKeepsTheUnnamedFieldsOfTheBase()
    {
        var baseDate = Call("date", "1984-11-11");
        Assert.Equal("1984-08-11", Call("date", Map(("date", baseDate), ("quarter", 3L)))!.ToString());
        Assert.Equal("1984-01-08", Call("date", Map(("date", baseDate), ("week", 1L)))!.ToString());
    }

    [Fact]
    public void NewTimezoneShowsTheSameInstantWhenTheSourceHasAZone()
    {
        var stockholm = Call("datetime", Map(("year", 1984L), ("month", 10L), ("day", 11L), ("hour", 12L), ("timezone", "Europe/Stockholm")));
        Assert.Equal("1984-10-28T01:00:42-10:00[Pacific/Honolulu]",
            Call("datetime", Map(("datetime", stockholm), ("day", 28L), ("second", 42L), ("timezone", "Pacific/Honolulu")))!.ToString());
        Assert.Equal("16:00+05:00", Call("time", Map(("time", stockholm), ("timezone", "+05:00")))!.ToString());
    }

    [Fact]
    public void LocalSourcesSimplyTakeTheTimezone()
    {
        var local = Call("localtime", "12:31:14.645876123");
        Assert.Equal("12:31:14.645876123+05:00", Call("time", Map(("time", local), ("timezone", "+05:00")))!.ToString());
    }

    [Fact]
    public void EpochConstructorsAreUtc()
    {
        Assert.Equal("1970-01-05T19:46:19.999999999Z", Call("datetime.fromepoch", 416779L, 999999999L)!.ToString());
        Assert.Equal("1977-07-15T13:34:33.987Z", Call("datetime.fromepochmillis", 237821673987L)!.ToString());
    }

    [Theory]
    [InlineData("date")]
    [InlineData("datetime.transaction")]
    [InlineData("localtime.realtime")]
    [InlineData("duration")]
    public void NullPropagates(string function) => Assert.Null(Call(function, new object?[] { null }));

    [Fact]
    public void TruncationAndBetween()
    {
        var value = Call("datetime", "2017-11-11T12:31:14.645876123+01:00");
        Assert.Equal("2017-10-01T00:00+01:00", Call("datetime.truncate", "quarter", value)!.ToString());
        Assert.Equal("12:31:14.645", Call("localtime.truncate", "millisecond", value)!.ToString());
        Assert.Equal("P1Y2M10DT1H",
            Call("duration.between", Call("localdatetime", "2016-01-01T11:00"), Call("localdatetime", "2017-03-11T12:00"))!.ToString());
    }

    [Fact]
    public void OutOfRangeFieldsAreArgumentErrors()
    {
        var error = Assert.Throws<CypherException>(() => Call("date", Map(("year", 2015L), ("month", 13L))));
        Assert.Equal("ArgumentError", error.ErrorClass);
    }

    [Fact]
    public void APinnedStatementTimeMakesEveryClockReadingEqual()
    {
        var instant = new DateTimeOffset(2020, 2, 29, 23, 30, 0, TimeSpan.Zero);
        using (RelationsGraph.Cypher.Functions.TemporalClock.PinStatementTime(instant))
        {
            Assert.Equal("2020-02-29T23:30Z", Call("datetime")!.ToString());
            Assert.Equal("2020-03-01", Call("date.statement", "Europe/Stockholm")!.ToString());
            Assert.Equal(Call("localtime"), Call("localtime.transaction"));
        }
        Assert.NotEqual("2020-02-29T23:30Z", Call("datetime")!.ToString());
    }

    [Fact]
    public void DurationsBeyondSixtyFourBitsAreArgumentErrors()
    {
        var error = Assert.Throws<CypherException>(() => Call("duration", Map(("years", long.MaxValue))));
        Assert.Equal("ArgumentError", error.ErrorClass);
    }
}
