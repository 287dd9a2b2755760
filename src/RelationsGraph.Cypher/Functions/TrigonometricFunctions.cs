namespace RelationsGraph.Cypher.Functions;

/// <summary>Trigonometric functions and angle conversions; all take numbers and return Floats.</summary>
internal static class TrigonometricFunctions
{
    public static IEnumerable<CypherFunction> All() =>
    [
        MathFunctions.FloatOf("sin", Math.Sin),
        MathFunctions.FloatOf("cos", Math.Cos),
        MathFunctions.FloatOf("tan", Math.Tan),
        MathFunctions.FloatOf("cot", x => 1.0 / Math.Tan(x)),
        MathFunctions.FloatOf("asin", Math.Asin),
        MathFunctions.FloatOf("acos", Math.Acos),
        MathFunctions.FloatOf("atan", Math.Atan),
        MathFunctions.BinaryFloatOf("atan2", Math.Atan2),
        MathFunctions.FloatOf("degrees", x => x * (180.0 / Math.PI)),
        MathFunctions.FloatOf("radians", x => x * (Math.PI / 180.0)),
        MathFunctions.FloatOf("haversin", x => (1.0 - Math.Cos(x)) / 2.0),
        CypherFunction.Constant("pi", () => Math.PI),
    ];
}
