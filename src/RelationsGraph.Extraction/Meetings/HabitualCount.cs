using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "He visited Qatar eight times as crown prince", "the two have met more than 20 times": a meeting verb counted in
/// times sums up many occasions, none of them the gathering reported, so it forms no meeting and places none
/// (pattern: a habitual count read as one event). "Twice" is left alone: two meetings are often each told.
/// </summary>
internal static class HabitualCount
{
    private static readonly FrozenSet<string> CountWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "many", "numerous", "multiple", "dozens", "countless", "dozen",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> CountedVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "visited", "visit", "visits", "met", "meet", "meets", "spoken", "spoke", "talked",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far after the verb "N times" may stand ("visited the Gulf state eight times").</summary>
    private const int Reach = 7;

    public static bool Follows(List<Token> tokens, int verb)
    {
        if (!CountedVerbs.Contains(tokens[verb].Text)) return false;
        for (var i = verb + 1; i < tokens.Count && i <= verb + Reach; i++)
        {
            if (tokens[i].Text is "," or ";" or "." or ":") return false;
            if (tokens[i].Lower != "times" || i == 0) continue;
            var count = tokens[i - 1];
            return CountWords.Contains(count.Text) || count.Text.Length is > 0 and <= 4 && count.Text.All(char.IsDigit) && int.Parse(count.Text) >= 3;
        }
        return false;
    }
}
