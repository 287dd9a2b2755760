namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>A calendar date without time or zone, e.g. 2015-07-21.</summary>
public sealed class CypherDate : TemporalValue, IEquatable<CypherDate>
{
    public CypherDate(DateOnly date) => Date = date;

    public DateOnly Date { get; }

    public override string Kind => "Date";

    public override bool TryGetComponent(string key, out object? value) => TemporalComponents.TryGetDate(Date, key, out value);

    public override string ToString() => TemporalFormat.Date(Date);

    public bool Equals(CypherDate? other) => other is not null && other.Date == Date;

    public override bool Equals(object? obj) => Equals(obj as CypherDate);

    public override int GetHashCode() => Date.GetHashCode();
}
