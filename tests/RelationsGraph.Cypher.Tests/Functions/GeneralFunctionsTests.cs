using static RelationsGraph.Cypher.Tests.Values.Build;

namespace RelationsGraph.Cypher.Tests.Functions;

public class GeneralFunctionsTests
{
    [Fact]
    public void Coalesce_returns_the_first_non_null()
    {
        Assert.Equal(2L, Call.Function("coalesce", null, 2L, 3L));
        Assert.Null(Call.Function("coalesce", null, [null]));
    }

    [Fact]
    public void Exists_is_a_null_check()
    {
        Assert.Equal(true, Call.Function("exists", 0L));
        Assert.Equal(false, Call.Function("exists", null));
    }

    [Fact]
    public void NullIf_blanks_equal_values()
    {
        Assert.Null(Call.Function("nullIf", 1L, 1.0));
        Assert.Equal("a", Call.Function("nullIf", "a", "b"));
    }

    [Fact]
    public void ValueType_describes_types_like_Neo4j()
    {
        Assert.Equal("INTEGER NOT NULL", Call.Function("valueType", 1L));
        Assert.Equal("NULL", Call.Function("valueType", null));
        Assert.Equal("LIST<STRING NOT NULL> NOT NULL", Call.Function("valueType", List("a", "b")));
        Assert.Equal("LIST<ANY> NOT NULL", Call.Function("valueType", List("a", 1L)));
        Assert.Equal("MAP NOT NULL", Call.Function("valueType", Map()));
    }

    [Fact]
    public void Timestamp_is_epoch_milliseconds_and_uuids_are_fresh()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var stamp = (long)Call.Function("timestamp")!;
        Assert.InRange(stamp, before, before + 60_000);
        var uuid = (string)Call.Function("randomUUID")!;
        Assert.True(Guid.TryParse(uuid, out _));
        Assert.NotEqual(uuid, Call.Function("randomUUID"));
    }
}
