using RelationsGraph.Cypher.Tests.Execution;

namespace RelationsGraph.Cypher.Tests.Temporal;

/// <summary>
/// Well-formed temporal and numeric input beyond what the types hold is the query's error (an
/// ArgumentError, HTTP 400), never a .NET OverflowException (HTTP 500). Checked through the front
/// door with the safety net's marker: the error must come from a value check, not from the net.
/// </summary>
public sealed class TemporalOverflowTests : QueryTestBase
{
    [Theory]
    [InlineData("RETURN duration('PT99999999999999999999S')")]
    [InlineData("RETURN duration('P99999999999999999999D')")]
    [InlineData("RETURN duration('-P99999999999999999999Y')")]
    [InlineData("RETURN duration('PT99999999999999999999H')")]
    [InlineData("RETURN datetime.fromepoch(9223372036854775807, 9223372036854775807)")]
    [InlineData("RETURN datetime.fromepoch(-9223372036854775808, -9223372036854775807)")]
    public void Out_of_range_temporal_input_is_an_argument_error(string query)
    {
        var error = Assert.Throws<CypherException>(() => Db.Execute(query));
        Assert.Equal("ArgumentError", error.ErrorClass);
        Assert.Null(error.InnerException);
        Assert.Contains("out of the supported temporal range", error.Message);
    }

    [Fact]
    public void An_arithmetic_exception_that_escapes_a_check_is_still_a_cypher_error()
    {
        var error = GraphDatabase.OutOfRange(new OverflowException("boom"));
        Assert.Equal("ArgumentError", error.ErrorClass);
        Assert.IsType<OverflowException>(error.InnerException);
    }
}

/// <summary>Time zone names are looked up as files of the system's zone database; odd names are unknown zones, not I/O errors.</summary>
public sealed class TimeZoneNameTests : QueryTestBase
{
    [Theory]
    [InlineData("Europe")]
    [InlineData("../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("Europe/")]
    [InlineData("")]
    public void A_name_that_is_no_zone_is_an_unknown_time_zone(string zone)
    {
        var error = Assert.Throws<CypherException>(() => Db.Execute($"RETURN datetime('2015-07-21T21:40:32[{zone}]') AS d"));
        Assert.NotEqual("Neo.DatabaseError.General.UnknownError", error.Code);
        var viaMap = Assert.Throws<CypherException>(() => Db.Execute("RETURN datetime({year: 2020, timezone: $zone}) AS d",
            new Dictionary<string, object?> { ["zone"] = zone }));
        Assert.Equal("ArgumentError", viaMap.ErrorClass);
    }
}
