using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// Equality of index keys as Cypher sees it: 1 and 1.0 are the same key, lists compare element-wise,
/// strings ordinally, temporal values by their Kind and text. Composite keys are object?[] tuples.
/// </summary>
internal sealed class IndexKeyComparer : IEqualityComparer<object>
{
    public static readonly IndexKeyComparer Instance = new();

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null) return false;
        switch (x)
        {
            case long a when y is long b: return a == b;
            case long a when y is double b: return SameNumber(a, b);
            case double a when y is long b: return SameNumber(b, a);
            case double a when y is double b: return a == b;
            case string a when y is string b: return string.Equals(a, b, StringComparison.Ordinal);
            case bool a when y is bool b: return a == b;
            case TemporalValue a when y is TemporalValue b:
                return a.Kind == b.Kind && (a.Equals(b) || a.ToString() == b.ToString());
            case System.Collections.IList a when y is System.Collections.IList b:
                if (a.Count != b.Count) return false;
                for (var i = 0; i < a.Count; i++)
                    if (!Equals(a[i], b[i])) return false;
                return true;
            default: return x.Equals(y);
        }
    }

    public int GetHashCode(object value)
    {
        switch (value)
        {
            case long l: return l.GetHashCode();
            case double d: return IsWholeLong(d, out var whole) ? whole.GetHashCode() : d.GetHashCode();
            case string s: return StringComparer.Ordinal.GetHashCode(s);
            case TemporalValue t: return HashCode.Combine(t.Kind, t.ToString());
            case System.Collections.IList list:
                var hash = new HashCode();
                foreach (var item in list) hash.Add(item is null ? 0 : GetHashCode(item));
                return hash.ToHashCode();
            default: return value.GetHashCode();
        }
    }

    private static bool SameNumber(long a, double b) => IsWholeLong(b, out var whole) && whole == a;

    private static bool IsWholeLong(double d, out long whole)
    {
        whole = 0;
        if (d != Math.Floor(d) || d < -9.2233720368547758E18 || d >= 9.2233720368547758E18) return false;
        whole = (long)d;
        return true;
    }
}
