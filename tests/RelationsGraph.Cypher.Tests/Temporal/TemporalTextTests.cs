using RelationsGraph.Cypher.Values.Temporal;
using static RelationsGraph.Cypher.Tests.Temporal.TemporalCalls;

namespace RelationsGraph.Cypher.Tests.Temporal;

public class TemporalTextTests
{
    [Theory]
    [InlineData("date", "2015-W30-2", "2015-07-21")]
    [InlineData("date", "2015202", "2015-07-21")]
    [InlineData("date", "201507", "2015-07-01")]
    [InlineData("localtime", "214032.142", "21:40:32.142")]
    [InlineData("time", "2140-02", "21:40-02:00")]
    [InlineData("time", "2140-00:00", "21:40Z")]
    [InlineData("localdatetime", "2015-W30T2140", "2015-07-20T21:40")]
    [InlineData("datetime", "2015-07-21T21:40:32.142-04[America/New_York]", "2015-07-21T21:40:32.142-04:00[America/New_York]")]
    [InlineData("datetime", "2015-07-21T21:40:32.142[Europe/London]", "2015-07-21T21:40:32.142+01:00[Europe/London]")]
    [InlineData("datetime", "2017-03-26T02:30[Europe/Stockholm]", "2017-03-26T03:30+02:00[Europe/Stockholm]")]
    [InlineData("datetime", "2017-10-29T02:30[Europe/Stockholm]", "2017-10-29T02:30+02:00[Europe/Stockholm]")]
    [InlineData("datetime", "2017-10-29T02:30+01:00[Europe/Stockholm]", "2017-10-29T02:30+01:00[Europe/Stockholm]")]
    [InlineData("datetime", "0001-01-01T00:00[Etc/GMT-1]", "0001-01-01T00:00+01:00[Etc/GMT-1]")]
    [InlineData("duration", "P0.75M", "P22DT19H51M49.5S")]
    [InlineData("duration", "P2012-02-02T14:37:21.545", "P2012Y2M2DT14H37M21.545S")]
    public void ParsesIsoForms(string function, string text, string expected) =>
        Assert.Equal(expected, Call(function, text)!.ToString());

    [Theory]
    [InlineData("Date", "1984-10-11")]
    [InlineData("LocalTime", "12:31:14.645876123")]
    [InlineData("Time", "12:31:14.645876+01:00")]
    [InlineData("LocalDateTime", "0028-11-11T12:00")]
    [InlineData("DateTime", "1984-10-11T12:31:14.645+02:05:59")]
    [InlineData("DateTime", "2017-08-08T12:31:14.645876123+02:00[Europe/Stockholm]")]
    [InlineData("Duration", "P12Y5M-14DT16H")]
    [InlineData("Duration", "PT-1M-0.001S")]
    [InlineData("Duration", "P1DT-0.001S")]
    public void TextRoundTripsThroughParse(string kind, string text)
    {
        var value = TemporalValue.Parse(kind, text);
        Assert.Equal(kind, value.Kind);
        Assert.Equal(text, value.ToString());
        Assert.Equal(value, TemporalValue.Parse(kind, value.ToString()!));
    }

    [Theory]
    [InlineData(2L, -1L, "PT1.999S")]
    [InlineData(-2L, 1L, "PT-1.999S")]
    [InlineData(-60L, -1L, "PT-1M-0.001S")]
    [InlineData(60L, -1L, "PT59.999S")]
    public void DurationSecondsCarryOneSign(long seconds, long milliseconds, string expected) =>
        Assert.Equal(expected, Call("duration", Map(("seconds", seconds), ("milliseconds", milliseconds)))!.ToString());

    [Theory]
    [InlineData("Date", "2015-13-01")]
    [InlineData("Time", "25:00")]
    [InlineData("Duration", "P1H")]
    [InlineData("Duration", "P1DT")]
    [InlineData("Duration", "PT1S2M")]
    [InlineData("DateTime", "2015-07-21T10:00[Mars/Olympus]")]
    public void RejectsMalformedText(string kind, string text) =>
        Assert.Throws<CypherException>(() => TemporalValue.Parse(kind, text));
}
