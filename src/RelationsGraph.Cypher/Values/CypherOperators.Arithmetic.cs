namespace RelationsGraph.Cypher.Values;

/// <summary>
/// Arithmetic operators. Null in gives null out. Integer arithmetic is 64-bit and checked (overflow is an
/// ArithmeticError); mixing Integer and Float gives Float; integer division truncates and integer division
/// or modulo by zero fails with "/ by zero", while float division follows IEEE 754. Values implementing
/// <see cref="IArithmeticOperand"/> (temporal types) supply their own rules.
/// </summary>
public static partial class CypherOperators
{
    /// <summary>a + b: numbers, string concatenation (with scalars rendered as toString does), list concatenation.</summary>
    public static object? Add(object? a, object? b)
    {
        a = CypherTypes.Normalize(a);
        b = CypherTypes.Normalize(b);
        if (a is null || b is null) return null;

        switch (a, b)
        {
            case (long x, long y):
                try { return checked(x + y); }
                catch (OverflowException) { throw CypherErrors.IntegerOverflow("+"); }
            case (long or double, long or double):
                return NumberComparison.ToDouble(a) + NumberComparison.ToDouble(b);
            case (string x, string y):
                MemoryTracker.Building(ValueSize.OfString(x.Length + y.Length));
                return x + y;
        }

        // Like Neo4j, a string concatenates with any scalar (numbers, booleans, temporals) in its toString form.
        if (a is string && ScalarText(b) is { } rightText) return (string)a + rightText;
        if (b is string && ScalarText(a) is { } leftText) return leftText + (string)b;

        var leftList = CypherTypes.AsList(a);
        var rightList = CypherTypes.AsList(b);
        if (leftList is not null || rightList is not null)
        {
            var count = (leftList?.Count ?? 1) + (long)(rightList?.Count ?? 1);
            // Checked before copying: "reduce(l = [1], x IN range(1, 40) | l + l)" doubles its list every step.
            MemoryTracker.Building(ValueSize.OfList(count));
            if (count > Array.MaxLength) throw CypherErrors.NumberOutOfRange($"List concatenation would make a list of {count} elements, more than a list can hold.");
            var result = new List<object?>((int)count);
            if (leftList is not null) ListCopy.AppendTo(result, leftList); else result.Add(a);
            if (rightList is not null) ListCopy.AppendTo(result, rightList); else result.Add(b);
            return result;
        }

        if (a is IArithmeticOperand left && left.TryAdd(b, out var sum)) return sum;
        if (b is IArithmeticOperand right && right.TryAdd(a, out sum)) return sum;
        throw CypherErrors.OperatorTypes("+", a, b);
    }

    private static string? ScalarText(object value) => value switch
    {
        long or double => CypherValueText.NumberToString(value),
        bool flag => flag ? "true" : "false",
        Temporal.TemporalValue temporal => temporal.ToString(),
        _ => null,
    };

    public static object? Subtract(object? a, object? b)
    {
        a = CypherTypes.Normalize(a);
        b = CypherTypes.Normalize(b);
        if (a is null || b is null) return null;

        switch (a, b)
        {
            case (long x, long y):
                try { return checked(x - y); }
                catch (OverflowException) { throw CypherErrors.IntegerOverflow("-"); }
            case (long or double, long or double):
                return NumberComparison.ToDouble(a) - NumberComparison.ToDouble(b);
        }

        if (a is IArithmeticOperand left && left.TrySubtract(b, out var difference)) return difference;
        throw CypherErrors.OperatorTypes("-", a, b);
    }

    public static object? Multiply(object? a, object? b)
    {
        a = CypherTypes.Normalize(a);
        b = CypherTypes.Normalize(b);
        if (a is null || b is null) return null;

        switch (a, b)
        {
            case (long x, long y):
                try { return checked(x * y); }
                catch (OverflowException) { throw CypherErrors.IntegerOverflow("*"); }
            case (long or double, long or double):
                return NumberComparison.ToDouble(a) * NumberComparison.ToDouble(b);
        }

        if (a is IArithmeticOperand left && left.TryMultiply(b, out var product)) return product;
        if (b is IArithmeticOperand right && right.TryMultiply(a, out product)) return product;
        throw CypherErrors.OperatorTypes("*", a, b);
    }

    public static object? Divide(object? a, object? b)
    {
        a = CypherTypes.Normalize(a);
        b = CypherTypes.Normalize(b);
        if (a is null || b is null) return null;

        switch (a, b)
        {
            case (long, 0L): throw CypherErrors.DivisionByZero();
            case (long.MinValue, -1L): throw CypherErrors.IntegerOverflow("/");
            case (long x, long y): return x / y;
            case (long or double, long or double):
                return NumberComparison.ToDouble(a) / NumberComparison.ToDouble(b);
        }

        if (a is IArithmeticOperand left && left.TryDivide(b, out var quotient)) return quotient;
        throw CypherErrors.OperatorTypes("/", a, b);
    }

    /// <summary>a % b with the sign of the dividend (as Java and C# both define it).</summary>
    public static object? Modulo(object? a, object? b)
    {
        a = CypherTypes.Normalize(a);
        b = CypherTypes.Normalize(b);
        if (a is null || b is null) return null;

        return (a, b) switch
        {
            (long, 0L) => throw CypherErrors.DivisionByZero(),
            // Arms typed object so that the long results are not widened to the double arm's type.
            (long, -1L) => (object)0L, // C# throws for long.MinValue % -1; the mathematical answer is 0
            (long x, long y) => (object)(x % y),
            (long or double, long or double) => (object)(NumberComparison.ToDouble(a) % NumberComparison.ToDouble(b)),
            _ => throw CypherErrors.OperatorTypes("%", a, b),
        };
    }

    /// <summary>a ^ b: always a Float, as in Neo4j.</summary>
    public static object? Power(object? a, object? b)
    {
        a = CypherTypes.Normalize(a);
        b = CypherTypes.Normalize(b);
        if (a is null || b is null) return null;
        if (CypherTypes.IsNumber(a) && CypherTypes.IsNumber(b))
            return Math.Pow(NumberComparison.ToDouble(a), NumberComparison.ToDouble(b));
        throw CypherErrors.OperatorTypes("^", a, b);
    }

    /// <summary>Unary minus.</summary>
    public static object? Negate(object? a)
    {
        a = CypherTypes.Normalize(a);
        switch (a)
        {
            case null: return null;
            case long.MinValue: throw CypherErrors.IntegerOverflow("unary -");
            case long x: return -x;
            case double x: return -x;
            case IArithmeticOperand operand when operand.TryMultiply(-1L, out var negated): return negated;
            default: throw CypherErrors.OperandType("unary -", a);
        }
    }

    /// <summary>Unary plus: numbers (and values with their own arithmetic) pass through unchanged.</summary>
    public static object? Plus(object? a)
    {
        a = CypherTypes.Normalize(a);
        return a is null or long or double or IArithmeticOperand ? a : throw CypherErrors.OperandType("unary +", a);
    }
}
