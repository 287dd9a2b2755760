using RelationsGraph.Cypher.Values.Temporal;
using static RelationsGraph.Cypher.Tests.Temporal.TemporalCalls;

namespace RelationsGraph.Cypher.Tests.Temporal;

public class TemporalComponentTests
{
    private static object? Component(object? value, string key)
    {
        Assert.True(((TemporalValue)value!).TryGetComponent(key, out var component), $"no component {key}");
        return component;
    }

    [Theory]
    [InlineData("year", 1984L)]
    [InlineData("quarter", 4L)]
    [InlineData("month", 11L)]
    [InlineData("week", 45L)]
    [InlineData("weekYear", 1984L)]
    [InlineData("day", 11L)]
    [InlineData("ordinalDay", 316L)]
    [InlineData("weekDay", 7L)]
    [InlineData("dayOfQuarter", 42L)]
    [InlineData("nanosecond", 645876123L)]
    [InlineData("microsecond", 645876L)]
    [InlineData("millisecond", 645L)]
    [InlineData("timezone", "Europe/Stockholm")]
    [InlineData("offset", "+01:00")]
    [InlineData("offsetMinutes", 60L)]
    [InlineData("offsetSeconds", 3600L)]
    [InlineData("epochSeconds", 469020674L)]
    [InlineData("epochMillis", 469020674645L)]
    public void DateTimeComponents(string key, object expected)
    {
        var value = Call("datetime", Map(("year", 1984L), ("month", 11L), ("day", 11L), ("hour", 12L), ("minute", 31L),
            ("second", 14L), ("nanosecond", 645876123L), ("timezone", "Europe/Stockholm")));
        Assert.Equal(expected, Component(value, key));
    }

    [Fact]
    public void FirstDaysOfAYearCanBelongToThePreviousWeekYear()
    {
        var date = Call("date", "1984-01-01");
        Assert.Equal(1983L, Component(date, "weekYear"));
        Assert.Equal(52L, Component(date, "week"));
        Assert.Equal(7L, Component(date, "dayOfWeek"));
    }

    [Theory]
    [InlineData("years", 1L)]
    [InlineData("quarters", 5L)]
    [InlineData("months", 16L)]
    [InlineData("weeks", 1L)]
    [InlineData("days", 10L)]
    [InlineData("hours", 1L)]
    [InlineData("minutes", 61L)]
    [InlineData("seconds", 3661L)]
    [InlineData("milliseconds", 3661111L)]
    [InlineData("nanoseconds", 3661111111111L)]
    [InlineData("quartersOfYear", 1L)]
    [InlineData("monthsOfQuarter", 1L)]
    [InlineData("monthsOfYear", 4L)]
    [InlineData("daysOfWeek", 3L)]
    [InlineData("minutesOfHour", 1L)]
    [InlineData("secondsOfMinute", 1L)]
    [InlineData("millisecondsOfSecond", 111L)]
    [InlineData("nanosecondsOfSecond", 111111111L)]
    public void DurationComponents(string key, long expected)
    {
        var duration = Call("duration", Map(("years", 1L), ("months", 4L), ("days", 10L), ("hours", 1L), ("minutes", 1L),
            ("seconds", 1L), ("nanoseconds", 111111111L)));
        Assert.Equal(expected, Component(duration, key));
    }

    [Fact]
    public void UnknownComponentsAreReportedAsMissing()
    {
        Assert.False(((TemporalValue)Call("date", "2015-07-21")!).TryGetComponent("hour", out _));
    }
}
