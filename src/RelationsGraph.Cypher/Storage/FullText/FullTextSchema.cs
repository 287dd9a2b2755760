namespace RelationsGraph.Cypher.Storage.FullText;

/// <summary>
/// What makes an index a full-text one, as Neo4j 5 defines it: it covers nodes with any of several labels
/// (or relationships of any of several types) and splits text with a named analyzer.
/// </summary>
public sealed record FullTextSchema(bool Relationships, IReadOnlyList<string> LabelsOrTypes, string Analyzer)
{
    /// <summary>Neo4j's default analyzer: Lucene's standard tokenizer, lower-cased, no stop words.</summary>
    public const string DefaultAnalyzer = "standard-no-stop-words";

    // The stored form rides in the label field of the existing index record (log and snapshot), so the
    // file formats do not change: a NUL-led marker no real label starts with, then NUL-separated parts.
    private const char Separator = '\u0000';
    private const string Marker = "\u0000fulltext\u0000";

    public bool Covers(IReadOnlyCollection<string> labels) => LabelsOrTypes.Any(labels.Contains);

    public bool SameAs(FullTextSchema other) =>
        Relationships == other.Relationships && Analyzer == other.Analyzer
        && LabelsOrTypes.Order(StringComparer.Ordinal).SequenceEqual(other.LabelsOrTypes.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The schema as one string for the index record's label field.</summary>
    public string Encode() =>
        Marker + string.Join(Separator, new[] { Relationships ? "relationship" : "node", Analyzer }.Concat(LabelsOrTypes));

    /// <summary>The schema a stored label field carries, or null when it is a plain label (a range index).</summary>
    public static FullTextSchema? TryDecode(string storedLabel)
    {
        if (!storedLabel.StartsWith(Marker, StringComparison.Ordinal)) return null;
        var parts = storedLabel[Marker.Length..].Split(Separator);
        if (parts.Length < 3) throw new InvalidDataException("A full-text index record lacks its labels.");
        return new FullTextSchema(parts[0] == "relationship", parts[2..], parts[1]);
    }
}
