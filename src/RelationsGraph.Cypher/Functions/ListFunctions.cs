using System.Globalization;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Functions;

/// <summary>List functions: size, head, last, tail, range, reverse (lists and strings), isEmpty.</summary>
internal static class ListFunctions
{
    public static IEnumerable<CypherFunction> All() =>
    [
        CypherFunction.NullSafeUnary("size", value => value switch
        {
            string text => (long)CodePoints.Count(text),
            _ when CypherTypes.AsList(value) is { } list => (long)list.Count,
            _ => throw CypherErrors.FunctionArgument("size", value, "a List or String"),
        }),
        CypherFunction.NullSafeUnary("head", value => FunctionArguments.List("head", value) is { Count: > 0 } list ? list[0] : null),
        CypherFunction.NullSafeUnary("last", value => FunctionArguments.List("last", value) is { Count: > 0 } list ? list[^1] : null),
        CypherFunction.NullSafeUnary("tail", value => ListCopy.Of(FunctionArguments.List("tail", value), skip: 1)),
        CypherFunction.NullSafeUnary("reverse", Reverse),
        CypherFunction.NullSafeUnary("isEmpty", value => value switch
        {
            string text => text.Length == 0,
            _ when CypherTypes.AsList(value) is { } list => list.Count == 0,
            _ when CypherTypes.AsMap(value) is { } map => map.Count == 0,
            _ => throw CypherErrors.FunctionArgument("isEmpty", value, "a List, Map or String"),
        }),
        new CypherFunction("range", 2, 3, Range),
    ];

    private static object Reverse(object value)
    {
        if (value is string text)
        {
            // Reverse whole text elements so surrogate pairs and combining marks stay intact.
            var elements = new List<string>();
            var enumerator = StringInfo.GetTextElementEnumerator(text);
            while (enumerator.MoveNext()) elements.Add(enumerator.GetTextElement());
            elements.Reverse();
            return string.Concat(elements);
        }
        var list = ListCopy.Of(FunctionArguments.List("reverse", value));
        list.Reverse();
        return list;
    }

    /// <summary>range(start, end[, step]): inclusive of end; integers only; step 0 is out of range. The list is lazy (see RangeList).</summary>
    private static object Range(object?[] args)
    {
        var start = RangeBound(args[0], "start");
        var end = RangeBound(args[1], "end");
        var step = args.Length > 2 ? RangeBound(args[2], "step") : 1L;
        if (step == 0) throw CypherErrors.NumberOutOfRange("range(): step must not be zero.");

        return RangeList.Create(start, end, step);
    }

    private static long RangeBound(object? value, string what) => value is long l
        ? l
        : throw CypherErrors.ArgumentType($"range(): {what} must be an Integer, got {CypherTypes.NameOf(value)}.");
}
