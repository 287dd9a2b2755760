namespace RelationsGraph.Extraction.Text;

/// <summary>
/// Ordinal words as news copy writes them, spelled out or in figures: "the fourth summit", "the 5th round", "a second accord".
/// One list for every rule that counts editions or items, so they agree on what an ordinal is.
/// </summary>
internal static class Ordinals
{
    private static readonly HashSet<string> PastFirst = new(StringComparer.OrdinalIgnoreCase)
        { "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th" };

    /// <summary>"second" to "tenth", "2nd" to "10th": an ordinal that counts on from an earlier one.</summary>
    public static bool CountsPastFirst(string word) => PastFirst.Contains(word);

    /// <summary>Any ordinal, "first" (or "1st") included.</summary>
    public static bool IsOrdinal(string word) => word.Equals("first", StringComparison.OrdinalIgnoreCase) || word.Equals("1st", StringComparison.OrdinalIgnoreCase) || PastFirst.Contains(word);
}
