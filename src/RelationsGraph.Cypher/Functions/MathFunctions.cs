using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Functions;

/// <summary>Numeric functions: abs, ceil, floor, round, sign, sqrt, exp, log, log10, e, rand, isNaN.</summary>
internal static class MathFunctions
{
    public static IEnumerable<CypherFunction> All() =>
    [
        CypherFunction.NullSafeUnary("abs", value => value switch
        {
            long.MinValue => throw CypherErrors.IntegerOverflow("abs"),
            long l => (object)Math.Abs(l), // typed object: a long arm must not widen to double
            double d => Math.Abs(d),
            _ => throw CypherErrors.FunctionArgument("abs", value, "a number"),
        }),
        FloatOf("ceil", Math.Ceiling),
        FloatOf("floor", Math.Floor),
        FloatOf("sqrt", Math.Sqrt),
        FloatOf("exp", Math.Exp),
        FloatOf("log", Math.Log),
        FloatOf("log10", Math.Log10),
        CypherFunction.NullSafeUnary("sign", value => value switch
        {
            long l => (long)Math.Sign(l),
            double d => double.IsNaN(d) ? 0L : (long)Math.Sign(d),
            _ => throw CypherErrors.FunctionArgument("sign", value, "a number"),
        }),
        CypherFunction.NullSafeUnary("isNaN", value => value switch
        {
            long => false,
            double d => double.IsNaN(d),
            _ => throw CypherErrors.FunctionArgument("isNaN", value, "a number"),
        }),
        CypherFunction.NullSafe("round", 1, 3, Round),
        CypherFunction.Constant("e", () => Math.E),
        CypherFunction.Constant("rand", () => Random.Shared.NextDouble(), isDeterministic: false),
    ];

    /// <summary>A unary function from a number to a Float.</summary>
    internal static CypherFunction FloatOf(string name, Func<double, double> body) =>
        CypherFunction.NullSafeUnary(name, value => body(FunctionArguments.Number(name, value)));

    /// <summary>A binary function from two numbers to a Float.</summary>
    internal static CypherFunction BinaryFloatOf(string name, Func<double, double, double> body) =>
        CypherFunction.NullSafe(name, 2, 2, args => body(FunctionArguments.Number(name, args[0]), FunctionArguments.Number(name, args[1])));

    private static object Round(object[] args)
    {
        var value = FunctionArguments.Number("round", args[0]);
        var precision = args.Length > 1 ? FunctionArguments.Integer("round", args[1]) : 0;
        // Neo4j documents round(x, 0) as agreeing with round(x), ties toward positive infinity.
        if (args.Length < 3 && precision == 0) return RoundHalfUp(value);
        var mode = args.Length > 2 ? RoundingModes.Parse(FunctionArguments.String("round", args[2])) : RoundingMode.HalfUp;
        return RoundingModes.Round(value, precision, mode);
    }

    // round(x) rounds halves toward positive infinity (Java's Math.round): round(-1.5) = -1.0.
    private static double RoundHalfUp(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 4503599627370496.0) return value;
        var floor = Math.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }
}
