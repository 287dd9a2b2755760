namespace RelationsGraph.Cypher.Values.Temporal;

// Placeholder, replaced by the temporal work.
internal static class TemporalText
{
    public static TemporalValue Parse(string kind, string text) => throw new NotSupportedException($"Temporal values of kind {kind} are not supported yet.");
}
