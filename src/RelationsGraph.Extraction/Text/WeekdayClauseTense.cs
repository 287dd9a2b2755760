namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "I never expected to write this: on Monday an American president laid a wreath", "the sides have agreed on a plan to
/// settle it, the envoy said late on Saturday": a future cue told before the weekday does not move the day ahead when the
/// weekday's own clause reports the past (pattern: the verb that governs the weekday, not any cue in the sentence, sets its
/// tense). The nearest verb before the weekday decides; with none near, a cue beyond a colon or semicolon is another clause.
/// </summary>
internal static class WeekdayClauseTense
{
    public const string Rule = "the weekday's own clause reports the past";
    private const int Reach = 6; // words looked back from the weekday

    private static readonly FrozenSet<string> FutureWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "will", "would", "expected", "due", "scheduled", "set", "plan", "plans", "planned", "upcoming", "next" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PastWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "said", "met", "held", "spoke", "told", "was", "were", "did", "stood", "laid", "gave", "made", "came", "went", "flew", "took", "sat", "wrote", "began" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NotPast = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "scheduled", "expected", "planned", "proposed", "invited", "indeed", "hundred", "proceed", "succeed", "need", "speed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="text">The sentence.</param>
    /// <param name="weekdayStart">Where the weekday expression begins.</param>
    /// <param name="cueStart">Where the sentence's future cue begins; it lies before the weekday.</param>
    public static bool IsPast(string text, int weekdayStart, int cueStart)
    {
        var words = text[..weekdayStart].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0 && i >= words.Length - Reach; i--)
        {
            var raw = words[i];
            if (raw.EndsWith(':') || raw.EndsWith(';')) break;
            var word = raw.Trim(',', ':', ';', '"', '\'', '(', ')');
            if (FutureWords.Contains(word)) return false;
            if (PastWords.Contains(word) || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && word.All(char.IsLower) && !NotPast.Contains(word))
                return true;
        }
        var between = text[cueStart..weekdayStart];
        return between.Contains(':') || between.Contains(';');
    }
}
