using static RelationsGraph.Cypher.Tests.Temporal.TemporalCalls;

namespace RelationsGraph.Cypher.Tests.Temporal;

/// <summary>Rows in the style of the openCypher TCK's Temporal10 (durations between two temporal values).</summary>
public class DurationBetweenTests
{
    private static object? Value(string constructor, string text) => Call(constructor, text);

    [Theory]
    [InlineData("date", "1984-10-11", "date", "2015-06-24", "P30Y8M13D")]
    [InlineData("date", "1984-10-11", "localdatetime", "2016-07-21T21:45:22.142", "P31Y9M10DT21H45M22.142S")]
    [InlineData("date", "1984-10-11", "localtime", "16:30", "PT16H30M")]
    [InlineData("date", "1984-10-11", "time", "16:30+0100", "PT16H30M")]
    [InlineData("localtime", "14:30", "date", "2015-06-24", "PT-14H-30M")]
    [InlineData("localtime", "14:30", "datetime", "2015-07-21T21:40:32.142+0100", "PT7H10M32.142S")]
    [InlineData("time", "14:30", "datetime", "2015-07-21T21:40:32.142+0100", "PT6H10M32.142S")]
    [InlineData("time", "14:30", "time", "16:30+0100", "PT1H")]
    [InlineData("localdatetime", "2015-07-21T21:40:32.142", "date", "2015-06-24", "P-27DT-21H-40M-32.142S")]
    [InlineData("localdatetime", "2015-07-21T21:40:32.142", "datetime", "2015-07-21T21:40:32.142+0100", "PT0S")]
    [InlineData("datetime", "2014-07-21T21:40:36.143+0200", "date", "2015-06-24", "P11M2DT2H19M23.857S")]
    [InlineData("datetime", "2014-07-21T21:40:36.143+0200", "datetime", "2015-07-21T21:40:32.142+0100", "P1YT59M55.999S")]
    [InlineData("datetime", "2014-07-21T21:40:36.143+0200", "time", "16:30+0100", "PT-4H-10M-36.143S")]
    [InlineData("localdatetime", "2018-01-02T10:00:00.1", "localdatetime", "2018-01-01T10:00:00.2", "PT-23H-59M-59.9S")]
    [InlineData("datetime", "2017-10-28T23:00+02:00[Europe/Stockholm]", "datetime", "2017-10-29T04:00+01:00[Europe/Stockholm]", "PT6H")]
    public void Between(string fromType, string from, string toType, string to, string expected) =>
        Assert.Equal(expected, Call("duration.between", Value(fromType, from), Value(toType, to))!.ToString());

    [Theory]
    [InlineData("duration.inMonths", "date", "2018-03-11", "date", "2016-06-24", "P-1Y-8M")]
    [InlineData("duration.inMonths", "datetime", "2018-07-21T21:40:36.143+0500", "datetime", "1984-07-21T22:40:36.143+0200", "P-33Y-11M")]
    [InlineData("duration.inDays", "localdatetime", "2015-07-21T21:40:32.142", "localdatetime", "2016-07-21T21:45:22.142", "P366D")]
    [InlineData("duration.inDays", "datetime", "2014-07-21T21:40:36.143+0200", "datetime", "2015-07-21T21:40:32.142+0100", "P365D")]
    [InlineData("duration.inSeconds", "date", "1984-10-11", "datetime", "2015-07-21T21:40:32.142+0100", "PT269781H40M32.142S")]
    [InlineData("duration.inSeconds", "date", "0001-01-01", "date", "9999-12-31", "PT87649392H")]
    [InlineData("duration.inSeconds", "localtime", "12:44:54.7", "localtime", "12:34:55.3", "PT-9M-59.4S")]
    [InlineData("duration.inSeconds", "localdatetime", "2014-07-21T21:40:36.143", "localdatetime", "2014-07-21T21:40:36.142", "PT-0.001S")]
    public void InUnits(string function, string fromType, string from, string toType, string to, string expected) =>
        Assert.Equal(expected, Call(function, Value(fromType, from), Value(toType, to))!.ToString());

    [Fact]
    public void LocalValuesAreReadInTheOtherValuesZoneAcrossDaylightSaving()
    {
        var midnight = Call("datetime", Map(("year", 2017L), ("month", 10L), ("day", 29L), ("hour", 0L), ("timezone", "Europe/Stockholm")));
        Assert.Equal("PT5H", Call("duration.inSeconds", midnight, Call("localdatetime", "2017-10-29T04:00"))!.ToString());
        Assert.Equal("PT5H", Call("duration.inSeconds", midnight, Call("localtime", "04:00"))!.ToString());
        Assert.Equal("PT25H", Call("duration.inSeconds", midnight, Call("date", "2017-10-30"))!.ToString());
    }
}
