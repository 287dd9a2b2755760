using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Functions;

/// <summary>
/// A scalar function: its canonical name, how many arguments it takes (the analyzer checks calls against
/// MinArity/MaxArity at compile time) and its body. Arguments arrive already evaluated.
/// </summary>
public sealed class CypherFunction
{
    public const int Variadic = int.MaxValue;

    public CypherFunction(string name, int minArity, int maxArity, Func<object?[], object?> body, bool isDeterministic = true)
    {
        if (minArity < 0 || maxArity < minArity) throw new ArgumentOutOfRangeException(nameof(maxArity));
        Name = name;
        MinArity = minArity;
        MaxArity = maxArity;
        Body = body;
        IsDeterministic = isDeterministic;
    }

    /// <summary>The name as documented (e.g. "toInteger", "duration.between"); lookups ignore case.</summary>
    public string Name { get; }
    public int MinArity { get; }
    /// <summary>The most arguments accepted; <see cref="Variadic"/> for coalesce-like functions.</summary>
    public int MaxArity { get; }
    /// <summary>False for rand(), randomUUID() and the like, which must not be cached or folded.</summary>
    public bool IsDeterministic { get; }
    private Func<object?[], object?> Body { get; }
    // The body of a one-argument function without the argument array: toInteger(row.x) runs per imported row.
    private Func<object?, object?>? UnaryBody { get; init; }
    // The body of a function that reads what an entity holds (labels(), properties(), startNode()), given the
    // statement's reader; the other bodies get no reader and answer only for values that are not entities.
    private Func<object?, IGraphReader?, object?>? ReadingBody { get; init; }

    public bool AcceptsArity(int count) => count >= MinArity && count <= MaxArity;

    /// <summary>
    /// Calls the function, widening CLR ints/floats in the argument array in place. A wrong argument count
    /// is reported as the analyzer would have.
    /// </summary>
    public object? Invoke(params object?[] arguments) => Invoke(null, arguments);

    /// <summary>Invoke, with the reader that answers for the entities among the arguments.</summary>
    public object? Invoke(IGraphReader? reader, object?[] arguments)
    {
        if (!AcceptsArity(arguments.Length))
            throw new CypherException("SyntaxError", "InvalidNumberOfArguments", ErrorPhase.Compile,
                $"Function {Name}() takes {DescribeArity()} but was called with {arguments.Length}.");
        for (var i = 0; i < arguments.Length; i++) arguments[i] = CypherTypes.Normalize(arguments[i]);
        if (ReadingBody is not null) return Checked(ReadingBody(arguments[0], reader));
        return Checked(Body(arguments));
    }

    /// <summary>Invoke with one argument: no argument array when the function was made from a one-argument body.</summary>
    public object? InvokeOne(object? argument, IGraphReader? reader = null)
    {
        if (ReadingBody is not null) return Checked(ReadingBody(CypherTypes.Normalize(argument), reader));
        if (UnaryBody is null) return Invoke(reader, [argument]);
        return Checked(UnaryBody(CypherTypes.Normalize(argument)));
    }

    private static object? Checked(object? result)
    {
        // A function's new string or list must fit in the statement's memory (replace() and friends can multiply sizes).
        if (result is string text) MemoryTracker.Building(ValueSize.OfString(text.Length));
        else if (result is List<object?> list) MemoryTracker.Building(ValueSize.OfList(list.Count));
        return result;
    }

    private string DescribeArity() =>
        MaxArity == MinArity ? $"{MinArity} argument(s)"
        : MaxArity == Variadic ? $"at least {MinArity} argument(s)"
        : $"{MinArity} to {MaxArity} arguments";

    // Factories for the common shapes. "NullSafe" bodies never see a null argument: any null gives null.

    public static CypherFunction Constant(string name, Func<object?> body, bool isDeterministic = true) =>
        new(name, 0, 0, _ => body(), isDeterministic);

    public static CypherFunction Unary(string name, Func<object?, object?> body) =>
        new(name, 1, 1, args => body(args[0])) { UnaryBody = body };

    public static CypherFunction NullSafeUnary(string name, Func<object, object?> body) =>
        new(name, 1, 1, args => args[0] is null ? null : body(args[0]!)) { UnaryBody = argument => argument is null ? null : body(argument) };

    /// <summary>A one-argument function that reads the graph through the reader it is given (null gives null).</summary>
    public static CypherFunction NullSafeUnaryReading(string name, Func<object, IGraphReader?, object?> body) =>
        new(name, 1, 1, args => args[0] is null ? null : body(args[0]!, null))
        {
            ReadingBody = (argument, reader) => argument is null ? null : body(argument, reader),
        };

    public static CypherFunction NullSafe(string name, int minArity, int maxArity, Func<object[], object?> body) =>
        new(name, minArity, maxArity, args => Array.IndexOf(args, null) >= 0 ? null : body(args!));
}
