namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Lord Harwick", "he answered to Lord Penmore", "Lord Edmund Tarrant": a British peer is written by his style "Lord" and his
/// title or full name, with no other sign of a person; the style shows the run names a person (not a place after "to" or
/// "at") and stays part of the name, as histories and reports write it (pattern: peers of past centuries styled "Lord X").
/// Offices that open with "Lord" ("Lord Mayor", "Lord Privy Seal", "Lord Chancellor", "Lord Chief Justice") name no peer.
/// </summary>
internal static class PeerStyledLord
{
    /// <summary>Words after "Lord" that make an office of it, not a peer's style.</summary>
    private static readonly FrozenSet<string> OfficeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "Mayor", "Privy", "Seal", "Chancellor", "Chief", "Justice", "President", "Protector", "Lieutenant", "Advocate", "Provost",
        "Speaker", "Chamberlain", "Steward", "High", "Commissioner", "Admiral", "Warden", "Great", "Keeper", "Treasurer", "Justices",
        "Lords", "God", "Jesus", "Almighty",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The run's words are "Lord" and one or two capitalised names after it.</summary>
    public static bool Opens(IReadOnlyList<string> words)
    {
        if (words.Count is < 2 or > 3 || words[0] != "Lord") return false;
        for (var k = 1; k < words.Count; k++)
            if (words[k].Length < 2 || !char.IsUpper(words[k][0]) || !words[k].Skip(1).Any(char.IsLower) || OfficeWords.Contains(words[k])) return false;
        return true;
    }
}
