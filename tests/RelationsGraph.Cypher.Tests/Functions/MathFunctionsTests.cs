namespace RelationsGraph.Cypher.Tests.Functions;

public class MathFunctionsTests
{
    [Fact]
    public void Abs_keeps_the_numeric_type()
    {
        Assert.Equal(5L, Call.Function("abs", -5L));
        Assert.Equal(2.5, Call.Function("abs", -2.5));
        Assert.Null(Call.Function("abs", null));
        Assert.Throws<CypherException>(() => Call.Function("abs", long.MinValue));
    }

    [Fact]
    public void Rounding_functions_return_floats()
    {
        Assert.Equal(2.0, Call.Function("ceil", 1.2));
        Assert.Equal(1.0, Call.Function("floor", 1L));
        Assert.Equal(3.0, Call.Function("round", 2.5));
        Assert.Equal(-1.0, Call.Function("round", -1.5)); // halves go toward positive infinity
        Assert.Equal(-2.0, Call.Function("round", -1.6));
    }

    [Theory]
    [InlineData(3.141592, 3L, "HALF_UP", 3.142)]
    [InlineData(2.675, 2L, "HALF_UP", 2.68)]
    [InlineData(-1.55, 1L, "HALF_UP", -1.6)]
    [InlineData(-1.55, 1L, "HALF_DOWN", -1.5)]
    [InlineData(1.25, 1L, "HALF_EVEN", 1.2)]
    [InlineData(1.21, 1L, "UP", 1.3)]
    [InlineData(-1.29, 1L, "DOWN", -1.2)]
    [InlineData(-1.21, 1L, "FLOOR", -1.3)]
    [InlineData(1.21, 1L, "CEILING", 1.3)]
    [InlineData(1234.5, -2L, "HALF_UP", 1200.0)]
    public void Round_with_precision_and_mode(double value, long precision, string mode, double expected) =>
        Assert.Equal(expected, Call.Function("round", value, precision, mode));

    [Fact]
    public void Round_with_precision_defaults_to_half_up_except_at_precision_zero()
    {
        Assert.Equal(0.13, Call.Function("round", 0.125, 2L));
        Assert.Equal(-0.13, Call.Function("round", -0.125, 2L));
        Assert.Equal(-1.0, Call.Function("round", -1.5, 0L)); // agrees with round(-1.5)
        Assert.Equal(-2.0, Call.Function("round", -1.5, 0L, "HALF_UP"));
    }

    [Fact]
    public void Unknown_rounding_mode_is_an_error() => Assert.Throws<CypherException>(() => Call.Function("round", 1.5, 0L, "SIDEWAYS"));

    [Fact]
    public void Sign_returns_an_integer()
    {
        Assert.Equal(-1L, Call.Function("sign", -3.5));
        Assert.Equal(0L, Call.Function("sign", 0L));
        Assert.Equal(1L, Call.Function("sign", 7L));
    }

    [Fact]
    public void Logarithms_roots_and_constants()
    {
        Assert.Equal(3.6, (double)Call.Function("sqrt", 12.96)!, 12);
        Assert.True(double.IsNaN((double)Call.Function("sqrt", -1L)!));
        Assert.Equal(2.0, Call.Function("log10", 100L));
        Assert.Equal(1.0, Call.Function("log", Math.E));
        Assert.Equal(Math.E, Call.Function("exp", 1L));
        Assert.Equal(Math.E, Call.Function("e"));
        Assert.Equal(Math.PI, Call.Function("pi"));
    }

    [Fact]
    public void Trigonometry_and_angle_conversion()
    {
        Assert.Equal(180.0, Call.Function("degrees", Math.PI));
        Assert.Equal(Math.PI, Call.Function("radians", 180L));
        Assert.Equal(0.0, Call.Function("sin", 0L));
        Assert.Equal(Math.PI / 4, Call.Function("atan2", 1L, 1L));
        Assert.Equal(0.5, (double)Call.Function("haversin", Math.PI / 2)!, 12);
        Assert.Equal(1.0, (double)Call.Function("cot", Math.PI / 4)!, 12);
    }

    [Fact]
    public void Rand_is_in_the_unit_interval()
    {
        var value = (double)Call.Function("rand")!;
        Assert.InRange(value, 0.0, 1.0);
        Assert.NotEqual(1.0, value);
    }

    [Fact]
    public void Non_numeric_arguments_fail_with_InvalidArgumentValue()
    {
        var error = Call.Failing("sqrt", "4");
        Assert.Equal(("TypeError", "InvalidArgumentValue"), (error.ErrorClass, error.Detail));
    }
}
