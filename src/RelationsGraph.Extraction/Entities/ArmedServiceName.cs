namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// How a name closed by an armed service's noun ("Army", "Navy", "Marines", "Fleet", "Corps") is read. The noun closes a
/// body's name ("the Varnek Liberation Army", "the Royal Marines"), but written right before a rank, a title or another
/// capitalised word ("Army General A B", "the Tarvel Navy Yard", "the Second Army Region") it qualifies that word and closes no
/// body; and a country or its adjective before it ("the Chilean Army") stays the country's own mention, which tells whose
/// service and whose officers they are (pattern: a state's forces named by nationality and service noun).
/// </summary>
internal static class ArmedServiceName
{
    private static readonly FrozenSet<string> Services = new HashSet<string>(StringComparer.Ordinal)
    {
        "Army", "Navy", "Marines", "Fleet", "Corps",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the chunk at <paramref name="k"/> is a service noun followed by a title, a rank or another capitalised word.</summary>
    public static bool QualifiesTheNextWord(List<NameChunk> chunks, int k) =>
        Services.Contains(chunks[k].Text) && k + 1 < chunks.Count &&
        (chunks[k + 1].Kind == Knowledge.GazetteerKind.Title || chunks[k + 1].IsUnknownWord && char.IsUpper(chunks[k + 1].Text[0]));

    /// <summary>
    /// Whether the service noun at <paramref name="k"/> leaves the country chunk right before it out of its name ("the Chilean
    /// Army"); a country further back opens a longer name of its own ("the Varnek Liberation Army").
    /// </summary>
    public static bool LeavesOut(List<NameChunk> chunks, int k, int from) =>
        from == k && k > 0 && Services.Contains(chunks[k].Text) && chunks[k - 1].Kind is Knowledge.GazetteerKind.Country or Knowledge.GazetteerKind.Demonym;
}
