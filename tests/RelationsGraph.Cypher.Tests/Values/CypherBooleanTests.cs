using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Tests.Values;

public class CypherBooleanTests
{
    [Theory]
    [InlineData(true, true, true, true, false)]
    [InlineData(true, false, false, true, true)]
    [InlineData(true, null, null, true, null)]
    [InlineData(false, false, false, false, false)]
    [InlineData(false, null, false, null, null)]
    [InlineData(null, null, null, null, null)]
    public void Three_valued_truth_tables(bool? a, bool? b, bool? and, bool? or, bool? xor)
    {
        Assert.Equal(and, CypherBoolean.And(a, b));
        Assert.Equal(and, CypherBoolean.And(b, a));
        Assert.Equal(or, CypherBoolean.Or(a, b));
        Assert.Equal(or, CypherBoolean.Or(b, a));
        Assert.Equal(xor, CypherBoolean.Xor(a, b));
        Assert.Equal(xor, CypherBoolean.Xor(b, a));
    }

    [Fact]
    public void Not_negates_and_keeps_null()
    {
        Assert.False(CypherBoolean.Not(true));
        Assert.True(CypherBoolean.Not(false));
        Assert.Null(CypherBoolean.Not(null));
    }

    [Fact]
    public void Non_boolean_operands_are_type_errors()
    {
        var error = Assert.Throws<CypherException>(() => CypherBoolean.And(true, 1L));
        Assert.Equal(("TypeError", "InvalidArgumentType"), (error.ErrorClass, error.Detail));
        Assert.Contains("AND", error.Message);
        Assert.Throws<CypherException>(() => CypherBoolean.Not("true"));
        Assert.Throws<CypherException>(() => CypherBoolean.Or(false, 0.0));
    }
}
