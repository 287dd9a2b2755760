using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The next day, X met Y", "and the next morning he called Z": "next" before a part of the day steps the narrative on from
/// the day just told; it is no plan, unlike "the next summit" or "next week" (pattern: a narrative sequence marker).
/// </summary>
internal static class NarrativeNext
{
    public const string Note = "'the next day' steps the story on: no plan";

    private static readonly FrozenSet<string> DayParts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "day", "morning", "afternoon", "evening", "night" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsSequence(List<Token> tokens, int index) =>
        tokens[index].Lower == "next" && index + 1 < tokens.Count && DayParts.Contains(tokens[index + 1].Text) &&
        index > 0 && tokens[index - 1].Lower == "the";

    public const string DateRule = "'the next day': the day after the last day told";

    /// <summary>
    /// "Xi held talks with X on 2 September ... The next day, Y met Xi": an undated reference told with "the next day" takes the
    /// day after the latest full date told before it, in its sentence or the ones before (pattern: a narrative counts days on).
    /// </summary>
    public static void Date(IEnumerable<MeetingMention> mentions, IReadOnlyList<IReadOnlyList<DateExpression>> datesBySentence)
    {
        foreach (var m in mentions.Where(m => m.Date is null && m.Notes.Contains(Note)))
        {
            var at = m.Sentence.Tokens.Select((t, i) => (t, i)).First(x => IsSequence(m.Sentence.Tokens, x.i)).i;
            // The same sentence first ("spoke with X on May 30, and the next day called Y"), then the sentences before it.
            var last = datesBySentence[m.Sentence.Index].Where(d => d.TokenEnd <= at).Reverse()
                .Concat(Enumerable.Range(0, m.Sentence.Index).Reverse().Take(6).SelectMany(i => datesBySentence[i].Reverse()))
                .FirstOrDefault(d => d.Value is { Length: 10 });
            if (last is null || !DateOnly.TryParse(last.Value, out var day)) continue;
            m.Date = new DateExpression(at, at + 2, "next day", day.AddDays(1).ToString("yyyy-MM-dd"), DateRule);
            m.Notes.Add(DateRule);
        }
    }
}
