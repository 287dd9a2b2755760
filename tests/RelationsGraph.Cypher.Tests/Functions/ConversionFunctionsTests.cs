using static RelationsGraph.Cypher.Tests.Values.Build;

namespace RelationsGraph.Cypher.Tests.Functions;

public class ConversionFunctionsTests
{
    [Fact]
    public void ToInteger_truncates_floats_and_parses_strings()
    {
        Assert.Equal(82L, Call.Function("toInteger", 82.9));
        Assert.Equal(-2L, Call.Function("toInteger", -2.9));
        Assert.Equal(2L, Call.Function("toInteger", "2"));
        Assert.Equal(1L, Call.Function("toInteger", "1.7"));
        Assert.Equal(42L, Call.Function("toInteger", " 42 "));
        Assert.Equal(1L, Call.Function("toInteger", true));
        Assert.Null(Call.Function("toInteger", "foo"));
        Assert.Null(Call.Function("toInteger", ""));
        Assert.Null(Call.Function("toInteger", null));
    }

    [Fact]
    public void ToFloat_widens_integers_and_parses_strings()
    {
        Assert.Equal(1.0, Call.Function("toFloat", 1L));
        Assert.Equal(5.5, Call.Function("toFloat", "5.5"));
        Assert.Equal(1e3, Call.Function("toFloat", "1e3"));
        Assert.Null(Call.Function("toFloat", "five"));
    }

    [Fact]
    public void ToString_renders_scalars()
    {
        Assert.Equal("42", Call.Function("toString", 42L));
        Assert.Equal("2.3", Call.Function("toString", 2.3));
        Assert.Equal("1.0", Call.Function("toString", 1.0));
        Assert.Equal("true", Call.Function("toString", true));
        Assert.Equal("apa", Call.Function("toString", "apa"));
    }

    [Fact]
    public void ToBoolean_accepts_booleans_strings_and_integers()
    {
        Assert.Equal(true, Call.Function("toBoolean", "true"));
        Assert.Equal(false, Call.Function("toBoolean", " FALSE "));
        Assert.Null(Call.Function("toBoolean", "yes"));
        Assert.Equal(true, Call.Function("toBoolean", 5L));
        Assert.Equal(false, Call.Function("toBoolean", 0L));
    }

    [Theory]
    [MemberData(nameof(Unconvertible))]
    public void Conversions_of_structural_values_fail_with_InvalidArgumentValue(string function, object value)
    {
        var error = Call.Failing(function, value);
        Assert.Equal(("TypeError", "InvalidArgumentValue"), (error.ErrorClass, error.Detail));
    }

    public static TheoryData<string, object> Unconvertible()
    {
        var node = Node(1);
        var data = new TheoryData<string, object>();
        foreach (var function in new[] { "toInteger", "toFloat", "toString", "toBoolean" })
            foreach (var value in new object[] { List(), Map(), node, Relationship(2, "T", node, node), Path(node) })
                data.Add(function, value);
        data.Add("toBoolean", 1.0);
        return data;
    }

    [Fact]
    public void OrNull_variants_give_null_instead_of_failing()
    {
        Assert.Null(Call.Function("toIntegerOrNull", List()));
        Assert.Null(Call.Function("toFloatOrNull", Map()));
        Assert.Null(Call.Function("toStringOrNull", Node(1)));
        Assert.Null(Call.Function("toBooleanOrNull", 1.0));
        Assert.Equal(3L, Call.Function("toIntegerOrNull", "3"));
    }

    [Fact]
    public void List_conversions_map_unconvertible_elements_to_null() =>
        Assert.Equal(List(1L, null, 2L, null), Call.Function("toIntegerList", List("1", "x", 2.5, Map())));
}
