namespace RelationsGraph.Cypher.Values.Temporal;

// CONTRACT (owned by the temporal work): base of CypherDate, CypherLocalTime, CypherTime,
// CypherLocalDateTime, CypherDateTime and CypherDuration. Storage persists a temporal value as
// (Kind, ToString()) and reads it back with Parse; the executor reads components (n.year) through TryGetComponent.
// The operators reach the temporal arithmetic and ordering through IArithmeticOperand and IComparable
// (TemporalValue.Operators.cs).
public abstract partial class TemporalValue
{
    /// <summary>"Date", "LocalTime", "Time", "LocalDateTime", "DateTime" or "Duration" (also the Cypher type name).</summary>
    public abstract string Kind { get; }

    /// <summary>Component access such as .year, .month, .timezone, .seconds; false for an unknown key.</summary>
    public abstract bool TryGetComponent(string key, out object? value);

    /// <summary>Rebuilds a value from its Kind and the text its ToString() gave.</summary>
    public static TemporalValue Parse(string kind, string text) => TemporalText.Parse(kind, text);
}
