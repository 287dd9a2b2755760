namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "France sent A and B. Russia was represented by C. Austria sent D. Turkey was represented by E. ... On 30 March they
/// signed, A first": a roll of the delegations told before any gathering runs one state a sentence, so its first lines stand
/// further from the gathering told next than one attendance would; the roll holds together while each of its lines follows
/// the one before within the waiting reach, and the whole roll joins the gathering its last line reaches (pattern: a history
/// piece lists who came for each side, then tells the act they came for). Attendance apart from the roll still waits only
/// its own reach.
/// </summary>
internal static class RollOverSeveralSentences
{
    /// <summary>
    /// The sentence from which each waiting attendance is counted: its own, or that of the roll's last line when the lines
    /// after it follow one another, each within <paramref name="reach"/> of the one before.
    /// </summary>
    public static int CountedFrom<T>(IReadOnlyList<(MeetingMention Mention, T People)> waiting, int index, int reach)
    {
        var from = waiting[index].Mention.Sentence.Index;
        for (var k = index + 1; k < waiting.Count; k++)
        {
            var next = waiting[k].Mention.Sentence.Index;
            if (next - from > reach) break;
            from = Math.Max(from, next);
        }
        return from;
    }
}
