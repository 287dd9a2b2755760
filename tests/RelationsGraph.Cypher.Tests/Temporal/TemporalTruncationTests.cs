using static RelationsGraph.Cypher.Tests.Temporal.TemporalCalls;

namespace RelationsGraph.Cypher.Tests.Temporal;

/// <summary>Rows in the style of the openCypher TCK's Temporal9 (truncation with field overrides).</summary>
public class TemporalTruncationTests
{
    private const string DateTimePlusOne = "1984-10-11T12:31:14.645876123+01:00";
    private const string DateTimeMinusOne = "1984-10-11T12:31:14.645876123-01:00";

    [Theory]
    [InlineData("date.truncate", "millennium", "date", "2017-10-11", null, 0L, "2000-01-01")]
    [InlineData("date.truncate", "weekYear", "localdatetime", "1984-01-01T12:31:14", "day", 5L, "1983-01-05")]
    [InlineData("date.truncate", "week", "date", "1984-10-11", "dayOfWeek", 2L, "1984-10-09")]
    [InlineData("date.truncate", "quarter", "datetime", "1984-11-11T12:31:14+01:00", "day", 2L, "1984-10-02")]
    [InlineData("datetime.truncate", "millennium", "datetime", "2017-10-11T12:31:14.645876123+01:00", "day", 2L, "2000-01-02T00:00+01:00")]
    [InlineData("datetime.truncate", "hour", "datetime", DateTimePlusOne, "nanosecond", 2L, "1984-10-11T12:00:00.000000002+01:00")]
    [InlineData("localdatetime.truncate", "millisecond", "datetime", DateTimePlusOne, "nanosecond", 2L, "1984-10-11T12:31:14.645000002")]
    [InlineData("localtime.truncate", "day", "datetime", DateTimePlusOne, "nanosecond", 2L, "00:00:00.000000002")]
    [InlineData("time.truncate", "microsecond", "localtime", "12:31:14.645876123", "nanosecond", 2L, "12:31:14.645876002Z")]
    [InlineData("time.truncate", "minute", "datetime", DateTimeMinusOne, null, 0L, "12:31-01:00")]
    public void TruncatesThenAppliesOverrides(string function, string unit, string type, string text, string? field, long value, string expected)
    {
        var overrides = field is null ? Map() : Map((field, value));
        Assert.Equal(expected, Call(function, unit, Call(type, text), overrides)!.ToString());
    }

    [Fact]
    public void ATimezoneOverrideReplacesTheZoneWithoutMovingTheClock()
    {
        Assert.Equal("12:00+01:00", Call("time.truncate", "hour", Call("datetime", DateTimeMinusOne), Map(("timezone", "+01:00")))!.ToString());
        Assert.Equal("2000-01-01T00:00+01:00[Europe/Stockholm]", Call("datetime.truncate", "millennium",
            Call("datetime", "2017-10-11T12:31:14.645876123-01:00"), Map(("timezone", "Europe/Stockholm")))!.ToString());
    }

    [Theory]
    [InlineData("nanosecond", 2L, "12:31:14.645876002")]
    [InlineData("millisecond", 7L, "12:31:14.007")]
    [InlineData("nanosecond", 3_000_000L, "12:31:14.003")]
    public void SubSecondFieldsOverABaseReplaceOnlyTheDigitsTheyReach(string field, long value, string expected)
    {
        var baseTime = Call("localtime", "12:31:14.645876123");
        Assert.Equal(expected, Call("localtime", Map(("time", baseTime), (field, value)))!.ToString());
    }
}
