using RelationsGraph.Cypher.Values;
using static RelationsGraph.Cypher.Tests.Values.Build;

namespace RelationsGraph.Cypher.Tests.Values;

public class CypherPredicateOperatorTests
{
    [Fact]
    public void In_is_true_on_a_match_null_when_unknown_and_false_otherwise()
    {
        Assert.True(CypherOperators.In(1L, List(null, 1.0)));
        Assert.Null(CypherOperators.In(2L, List(1L, null)));
        Assert.False(CypherOperators.In(2L, List(1L, 3L)));
        Assert.False(CypherOperators.In(null, List()));
        Assert.Null(CypherOperators.In(null, List(1L)));
        Assert.Null(CypherOperators.In(1L, null));
        Assert.True(CypherOperators.In(List(1L), List(List(1L), 2L)));
    }

    [Fact]
    public void In_a_non_list_is_a_type_error() =>
        Assert.Throws<CypherException>(() => CypherOperators.In(1L, 2L));

    [Fact]
    public void String_predicates_match_ordinally()
    {
        Assert.True(CypherOperators.StartsWith("ABCDEF", "ABC"));
        Assert.False(CypherOperators.StartsWith("abc", "ABC"));
        Assert.True(CypherOperators.EndsWith("ABCDEF", ""));
        Assert.True(CypherOperators.Contains("AB\nCD", "\n"));
        Assert.False(CypherOperators.Contains("ab", "abc"));
    }

    [Fact]
    public void String_predicates_are_null_unless_both_operands_are_strings()
    {
        object?[] operands = [1L, 3.14, true, List(), Map(), null];
        foreach (var left in operands)
            foreach (var right in operands)
            {
                Assert.Null(CypherOperators.StartsWith(left, right));
                Assert.Null(CypherOperators.EndsWith(left, right));
                Assert.Null(CypherOperators.Contains(left, right));
            }
        Assert.Null(CypherOperators.StartsWith("a", null));
    }

    [Fact]
    public void Regex_match_must_cover_the_whole_string()
    {
        Assert.True(CypherOperators.RegexMatch("ABCDEF", "AB.*"));
        Assert.False(CypherOperators.RegexMatch("ABCDEF", "BC"));
        Assert.True(CypherOperators.RegexMatch("abc", "(?i)ABC"));
        Assert.True(CypherOperators.RegexMatch("a|b", "a\\|b"));
        Assert.Null(CypherOperators.RegexMatch(null, "a"));
        Assert.Null(CypherOperators.RegexMatch("a", 1L));
    }

    [Fact]
    public void Java_quoting_is_understood()
    {
        Assert.True(CypherOperators.RegexMatch("a.b*", "\\Qa.b*\\E"));
        Assert.False(CypherOperators.RegexMatch("axbb", "\\Qa.b*\\E"));
        Assert.True(CypherOperators.RegexMatch("(x)yy", "\\Q(x)\\Ey+"));
        Assert.True(CypherOperators.RegexMatch("\\Q", "\\\\Q"));
    }

    [Fact]
    public void A_malformed_regex_is_an_argument_error()
    {
        var error = Assert.Throws<CypherException>(() => CypherOperators.RegexMatch("a", "(unclosed"));
        Assert.Equal("ArgumentError", error.ErrorClass);
    }
}

public class CypherInOperatorTckTests
{
    // Cases from the openCypher TCK's List5 feature (IN operator).
    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_the_TCK(object? element, List<object?> list, bool? expected) =>
        Assert.Equal(expected, CypherOperators.In(element, list));

    public static TheoryData<object?, List<object?>, bool?> Cases() => new()
    {
        { 1L, Build.List("1", 2L), false },
        { Build.List(1L, 2L), Build.List(1L, Build.List(1L, "2")), false },
        { Build.List(1L), Build.List(1L, 2L), false },
        { Build.List(1L, 2L), Build.List(1L, Build.List(1L, 2L)), true },
        { Build.List(1L, 2L), Build.List(1L, Build.List(2L, 1L)), false },
        { Build.List(Build.List(1L)), Build.List(2L, Build.List(1L)), false },
        { null, Build.List((object?)null), null },
        { Build.List((object?)null), Build.List(Build.List((object?)null)), null },
        { Build.List(1L), Build.List(Build.List(1L, null)), false },
        { Build.List(1L, 2L), Build.List(Build.List(null, "foo"), Build.List(1L, 2L)), true },
        { Build.List(1L, 2L), Build.List(Build.List(null, "foo")), false },
        { Build.List(1L, 2L), Build.List(Build.List(null, 2L)), null },
        { Build.List(1L, 2L), Build.List(1L, Build.List(1L, 2L, null)), false },
    };
}
