using System.Text;

namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>A date and wall-clock time without zone, e.g. 2015-07-21T21:40:32.142.</summary>
public sealed class CypherLocalDateTime : TemporalValue, IEquatable<CypherLocalDateTime>
{
    public CypherLocalDateTime(DateOnly date, long nanoOfDay)
    {
        if (nanoOfDay < 0 || nanoOfDay >= TemporalConstants.NanosPerDay) throw new ArgumentOutOfRangeException(nameof(nanoOfDay));
        Date = date;
        NanoOfDay = nanoOfDay;
    }

    public DateOnly Date { get; }

    public long NanoOfDay { get; }

    public override string Kind => "LocalDateTime";

    public override bool TryGetComponent(string key, out object? value) =>
        TemporalComponents.TryGetDate(Date, key, out value) || TemporalComponents.TryGetTime(NanoOfDay, key, out value);

    public override string ToString()
    {
        var builder = new StringBuilder(TemporalFormat.Date(Date)).Append('T');
        TemporalFormat.AppendTime(builder, NanoOfDay);
        return builder.ToString();
    }

    public bool Equals(CypherLocalDateTime? other) => other is not null && other.Date == Date && other.NanoOfDay == NanoOfDay;

    public override bool Equals(object? obj) => Equals(obj as CypherLocalDateTime);

    public override int GetHashCode() => HashCode.Combine(Date, NanoOfDay);
}
