namespace RelationsGraph.Cypher.Tests.Execution;

/// <summary>
/// Inputs the fuzz target (tests/RelationsGraph.Fuzz) found throwing something other than a Cypher
/// error, kept as regression tests: each must end as a CypherException (or a result), nothing else.
/// </summary>
public sealed class FuzzFindingTests : QueryTestBase
{
    [Fact]
    public void A_null_ordinal_day_names_no_calendar()
    {
        Assert.NotNull(Scalar("RETURN date({year: 2015, ordinalDay: 36 =~ 0o7776}) AS d"));
    }

    [Theory]
    [InlineData("MATCH (a {name: 'Ada'}), (b {name: 'Bob'}) MATCH p = shortestPath((a)) RETURN p")]
    [InlineData("MATCH p = allShortestPaths((a)-->(b)-->(c)) RETURN p")]
    [InlineData("RETURN datetime({epochMillis: -922337203685477580 ENDS WITH 8})")]
    [InlineData("RETURN datetime({epochSeconds: 9223372036854775807, nanosecond: 999999999})")]
    [InlineData("RETURN datetime('2015-07-21T21:40:32.142[Europe]')")]
    [InlineData("RETURN localdatetime({year: 1984, week: 10, Week: 3, hour: 12})")]
    [InlineData("RETURN localtime(range(0, 100000000))")]
    [InlineData("RETURN date(range(0, 100000000)), toUpper([x IN range(1, 100000) | 'long text'])")]
    [InlineData("RETURN split(reduce(s = 'a', x IN range(2, 25) | s + s), '')")]
    public void Ends_as_a_cypher_error(string query)
    {
        Db.Execute("CREATE ({name: 'Ada'}), ({name: 'Bob'})");
        var options = new QueryOptions { Timeout = TimeSpan.FromSeconds(20), MaxMemoryBytes = 64L << 20 };
        Assert.Throws<CypherException>(() => Db.Execute(query, options: options));
    }
}
