using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Functions;

/// <summary>Functions on any value: coalesce, exists, nullIf, valueType, timestamp, randomUUID.</summary>
internal static class GeneralFunctions
{
    public static IEnumerable<CypherFunction> All() =>
    [
        new CypherFunction("coalesce", 1, CypherFunction.Variadic, args => args.FirstOrDefault(arg => arg is not null)),
        CypherFunction.Unary("exists", value => value is not null),
        new CypherFunction("nullIf", 2, 2, args => CypherEquality.Equals(args[0], args[1]) == true ? null : args[0]),
        CypherFunction.Unary("valueType", ValueType),
        CypherFunction.Constant("timestamp", () => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), isDeterministic: false),
        CypherFunction.Constant("randomUUID", () => Guid.NewGuid().ToString(), isDeterministic: false),
    ];

    /// <summary>The Neo4j 5 type description of a value, e.g. "INTEGER NOT NULL" or "LIST&lt;STRING NOT NULL&gt; NOT NULL".</summary>
    internal static string ValueType(object? value) => value switch
    {
        null => "NULL",
        bool => "BOOLEAN NOT NULL",
        long => "INTEGER NOT NULL",
        double => "FLOAT NOT NULL",
        string => "STRING NOT NULL",
        NodeEntity => "NODE NOT NULL",
        RelationshipEntity => "RELATIONSHIP NOT NULL",
        PathValue => "PATH NOT NULL",
        TemporalValue temporal => TemporalTypeName(temporal.Kind) + " NOT NULL",
        _ when CypherTypes.IsMap(value) => "MAP NOT NULL",
        _ when CypherTypes.AsList(value) is { } list => $"LIST<{ElementType(list)}> NOT NULL",
        _ => "ANY NOT NULL",
    };

    // A list's element type is the common type of its elements, ANY when they differ.
    private static string ElementType(IReadOnlyList<object?> list)
    {
        var types = list.Select(ValueType).Distinct().ToList();
        return types.Count == 1 ? types[0] : "ANY";
    }

    private static string TemporalTypeName(string kind) => kind switch
    {
        "Date" => "DATE",
        "LocalTime" => "LOCAL TIME",
        "Time" => "ZONED TIME",
        "LocalDateTime" => "LOCAL DATETIME",
        "DateTime" => "ZONED DATETIME",
        "Duration" => "DURATION",
        _ => kind.ToUpperInvariant(),
    };
}
