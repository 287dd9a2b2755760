namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>The errors temporal construction, parsing and arithmetic raise, as Neo4j classifies them.</summary>
internal static class TemporalErrors
{
    /// <summary>A field out of range or an impossible combination of fields.</summary>
    public static CypherException InvalidValue(string message) =>
        new("ArgumentError", "InvalidArgumentValue", ErrorPhase.Runtime, message);

    /// <summary>Text that is not a valid ISO-8601 rendering of the requested kind.</summary>
    public static CypherException Unparsable(string kind, string text) =>
        new("ArgumentError", "InvalidArgumentValue", ErrorPhase.Runtime, $"Text cannot be parsed to a {kind}: \"{text}\"");

    /// <summary>A result outside the supported range (years 1 to 9999, 64-bit counters).</summary>
    public static CypherException Overflow(string what) =>
        new("ArgumentError", "InvalidArgumentValue", ErrorPhase.Runtime, $"{what} is out of the supported temporal range.");

    public static CypherException UnknownTimeZone(string zone) =>
        new("ArgumentError", "InvalidArgumentValue", ErrorPhase.Runtime, $"Unknown time zone: {zone}");
}
