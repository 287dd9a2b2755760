namespace RelationsGraph.Extraction.Text;

/// <summary>
/// Spelled-out counts of people as news copy writes them: "the two leaders", "both men", "the ten signed".
/// One table for every rule that reads a counted group; each rule states the range it trusts.
/// </summary>
internal static class CountWords
{
    private static readonly FrozenDictionary<string, int> Values = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["both"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The count a word spells, when it lies between <paramref name="least"/> and <paramref name="most"/>.</summary>
    public static bool TryRead(string word, int least, int most, out int count) =>
        Values.TryGetValue(word, out count) && count >= least && count <= most;
}
