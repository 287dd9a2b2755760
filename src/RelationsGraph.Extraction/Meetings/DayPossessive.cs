using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "attended Friday's summit", "at Monday's signing", "after yesterday's talks": a meeting word owned by a day points back
/// at the gathering of that day, as "the summit" does (pattern: a day's possessive is a definite reference).
/// </summary>
internal static class DayPossessive
{
    private static readonly FrozenSet<string> Days = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the words right before the meeting word at <paramref name="trigger"/> make it definite ("the", "this", "Friday's").</summary>
    public static bool IsDefinite(List<Token> tokens, int trigger)
    {
        if (trigger <= 0) return false;
        if (tokens[trigger - 1].Lower is "the" or "this" or "that") return true;
        return OwnedByADay(tokens, trigger);
    }

    /// <summary>
    /// Whether a day's possessive stands right before <paramref name="word"/> ("Friday's" deal). The agreement finder reads
    /// "Friday's deal" or "today's agreements" as referring back with it too.
    /// </summary>
    public static bool OwnedByADay(List<Token> tokens, int word) =>
        word >= 2 && tokens[word - 1].Text is "'s" or "’s" && Days.Contains(tokens[word - 2].Text);
}
