namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>A wall-clock time without zone, nanosecond precision, e.g. 21:40:32.142.</summary>
public sealed class CypherLocalTime : TemporalValue, IEquatable<CypherLocalTime>
{
    public CypherLocalTime(long nanoOfDay)
    {
        if (nanoOfDay < 0 || nanoOfDay >= TemporalConstants.NanosPerDay) throw new ArgumentOutOfRangeException(nameof(nanoOfDay));
        NanoOfDay = nanoOfDay;
    }

    /// <summary>Nanoseconds since midnight.</summary>
    public long NanoOfDay { get; }

    public override string Kind => "LocalTime";

    public override bool TryGetComponent(string key, out object? value) => TemporalComponents.TryGetTime(NanoOfDay, key, out value);

    public override string ToString() => TemporalFormat.Time(NanoOfDay);

    public bool Equals(CypherLocalTime? other) => other is not null && other.NanoOfDay == NanoOfDay;

    public override bool Equals(object? obj) => Equals(obj as CypherLocalTime);

    public override int GetHashCode() => NanoOfDay.GetHashCode();
}
