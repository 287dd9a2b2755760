namespace RelationsGraph.Extraction.Text;

/// <summary>
/// Spelled-out counts as news copy writes them: "the two leaders", "both men", "the ten signed", "fifteen agreements".
/// One table for every rule that reads a counted group; each rule states the range it trusts.
/// </summary>
internal static class CountWords
{
    private static readonly FrozenDictionary<string, int> Values = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["both"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The count a word spells, when it lies between <paramref name="least"/> and <paramref name="most"/>.</summary>
    public static bool TryRead(string word, int least, int most, out int count) =>
        Values.TryGetValue(word, out count) && count >= least && count <= most;

    /// <summary>
    /// As <see cref="TryRead"/>, or a count written in figures ("22", up to three of them) of at least <paramref name="least"/>;
    /// <paramref name="most"/> bounds the spelled words only.
    /// </summary>
    public static bool TryReadSpelledOrFigures(string word, int least, int most, out int count)
    {
        if (TryRead(word, least, most, out count)) return true;
        count = word.Length is > 0 and <= 3 && word.All(char.IsDigit) ? int.Parse(word) : 0;
        return count >= least && count > 0;
    }
}
