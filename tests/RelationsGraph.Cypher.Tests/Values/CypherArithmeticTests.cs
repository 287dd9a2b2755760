using RelationsGraph.Cypher.Values;
using static RelationsGraph.Cypher.Tests.Values.Build;

namespace RelationsGraph.Cypher.Tests.Values;

public class CypherArithmeticTests
{
    [Fact]
    public void Integer_arithmetic_stays_integer_and_mixing_gives_float()
    {
        Assert.Equal(104L, CypherOperators.Add(99L, 5L));
        Assert.Equal(1L, CypherOperators.Subtract(CypherOperators.Multiply(CypherOperators.Divide(12L, 4L), 3L), CypherOperators.Multiply(2L, 4L)));
        Assert.Equal(3.5, CypherOperators.Add(1L, 2.5));
        Assert.Equal(2.0, CypherOperators.Multiply(4.0, 0.5));
    }

    [Fact]
    public void Integer_division_truncates_toward_zero()
    {
        Assert.Equal(2L, CypherOperators.Divide(7L, 3L));
        Assert.Equal(-2L, CypherOperators.Divide(-7L, 3L));
        Assert.Equal(-1L, CypherOperators.Modulo(-7L, 3L));
        Assert.Equal(3.5, CypherOperators.Divide(7L, 2.0));
    }

    [Fact]
    public void Integer_division_by_zero_fails_but_float_division_follows_IEEE()
    {
        var error = Assert.Throws<CypherException>(() => CypherOperators.Divide(1L, 0L));
        Assert.Equal("/ by zero", error.Message);
        Assert.Equal(ErrorPhase.Runtime, error.Phase);
        Assert.Throws<CypherException>(() => CypherOperators.Modulo(1L, 0L));
        Assert.Equal(double.PositiveInfinity, CypherOperators.Divide(1.0, 0L));
        Assert.True(double.IsNaN((double)CypherOperators.Divide(0.0, 0.0)!));
    }

    [Fact]
    public void Integer_overflow_is_an_error()
    {
        Assert.Throws<CypherException>(() => CypherOperators.Add(long.MaxValue, 1L));
        Assert.Throws<CypherException>(() => CypherOperators.Subtract(long.MinValue, 1L));
        Assert.Throws<CypherException>(() => CypherOperators.Multiply(long.MaxValue, 2L));
        Assert.Throws<CypherException>(() => CypherOperators.Negate(long.MinValue));
        Assert.Throws<CypherException>(() => CypherOperators.Divide(long.MinValue, -1L));
        Assert.Equal(0L, CypherOperators.Modulo(long.MinValue, -1L));
    }

    [Fact]
    public void Power_always_gives_a_float()
    {
        Assert.Equal(8.0, CypherOperators.Power(2L, 3L));
        Assert.Equal(0.5, CypherOperators.Power(2L, -1L));
    }

    [Fact]
    public void Null_operands_give_null()
    {
        Assert.Null(CypherOperators.Add(null, 1L));
        Assert.Null(CypherOperators.Subtract(1L, null));
        Assert.Null(CypherOperators.Multiply(null, null));
        Assert.Null(CypherOperators.Divide(null, 0L));
        Assert.Null(CypherOperators.Modulo(1L, null));
        Assert.Null(CypherOperators.Power(null, 2L));
        Assert.Null(CypherOperators.Negate(null));
        Assert.Null(CypherOperators.Add(List(1L), null));
    }

    [Fact]
    public void Plus_concatenates_strings_rendering_scalars_like_toString()
    {
        Assert.Equal("ab", CypherOperators.Add("a", "b"));
        Assert.Equal("a1", CypherOperators.Add("a", 1L));
        Assert.Equal("1.0a", CypherOperators.Add(1.0, "a"));
        Assert.Equal("name->true", CypherOperators.Add("name->", true));
        Assert.Equal(List("a", 1L), CypherOperators.Add("a", List(1L)));
    }

    [Fact]
    public void Plus_concatenates_lists_and_appends_or_prepends_elements()
    {
        Assert.Equal(List(1L, 2L, 3L), CypherOperators.Add(List(1L), List(2L, 3L)));
        Assert.Equal(List(1L, 2L), CypherOperators.Add(List(1L), 2L));
        Assert.Equal(List(0L, 1L), CypherOperators.Add(0L, List(1L)));
        Assert.Equal(List(List(1L), List(2L)), CypherOperators.Add(List(List(1L)), List(List(2L))));
    }

    [Fact]
    public void Operands_of_unsupported_types_are_type_errors_naming_the_types()
    {
        var error = Assert.Throws<CypherException>(() => CypherOperators.Add(true, 1L));
        Assert.Equal(("TypeError", "InvalidArgumentType"), (error.ErrorClass, error.Detail));
        Assert.Contains("Boolean", error.Message);
        Assert.Contains("Integer", error.Message);
        Assert.Throws<CypherException>(() => CypherOperators.Subtract("a", 1L));
        Assert.Throws<CypherException>(() => CypherOperators.Multiply(Map(), 2L));
        Assert.Throws<CypherException>(() => CypherOperators.Negate("a"));
    }

    [Fact]
    public void Values_with_their_own_arithmetic_are_asked_from_either_side()
    {
        var doubling = new DoublingOperand();
        Assert.Equal("added 1", CypherOperators.Add(doubling, 1L));
        Assert.Equal("added 1", CypherOperators.Add(1L, doubling)); // + is commutative
        Assert.Equal("multiplied by -1", CypherOperators.Negate(doubling));
        Assert.Throws<CypherException>(() => CypherOperators.Subtract(1L, doubling));
    }

    private sealed class DoublingOperand : IArithmeticOperand
    {
        public bool TryAdd(object other, out object? result) { result = $"added {other}"; return true; }
        public bool TrySubtract(object other, out object? result) { result = null; return false; }
        public bool TryMultiply(object other, out object? result) { result = $"multiplied by {other}"; return true; }
        public bool TryDivide(object other, out object? result) { result = null; return false; }
    }
}
