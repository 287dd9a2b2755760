using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "the envoy will be received in Tarnow by the Regent", "she is to be received on Monday by President X", "he will be received by
/// the Acting Governor": the planned passive of "received" with its host after "by" tells an audience still to come between guest
/// and host, also when a place or a day stands between the verb and "by", and when the host is told by an office alone (pattern:
/// news of a coming trip tells who will receive the guest, where and when, in the passive; <see cref="ReceivedSomeone"/> and the finder read "received by" and a
/// name or a resolved person right after the verb).
/// </summary>
internal static class PassiveReception
{
    /// <summary>How many words a place or time adjunct between the verb and "by" may run ("in the Lanvarian capital on Friday").</summary>
    private const int AdjunctReach = 7;

    private static readonly FrozenSet<string> AdjunctLeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "in", "at", "on", "during" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (tokens[i].Lower != "received" || !AfterAnAuxiliary(tokens, i)) return false;
        var by = i + 1;
        if (by < tokens.Count && AdjunctLeads.Contains(tokens[by].Text))
        {
            var end = Math.Min(tokens.Count, by + AdjunctReach + 1);
            var k = by + 1;
            while (k < end && tokens[k].Lower != "by" && (tokens[k].IsWord || char.IsDigit(tokens[k].Text[0]))) k++;
            if (k >= end || tokens[k].Lower != "by") return false;
            by = k;
        }
        if (by + 1 >= tokens.Count || tokens[by].Lower != "by") return false;
        return HostAt(tokens, by + 1, mentions);
    }

    /// <summary>"will be received", "is to be received", "is expected to be received": the plain "be" before the verb tells an audience
    /// still to come, which stands apart from the visit told (a past "was received" is mostly a part of the visit's own welcome).</summary>
    private static bool AfterAnAuxiliary(List<Token> tokens, int i) =>
        i >= 2 && tokens[i - 1].Lower == "be" && tokens[i - 2].Lower is "will" or "to" or "would" or "shall";

    /// <summary>
    /// The host after "by": a person named there ("by President X", "by X"), or an office told by capitalised words after "the" that
    /// end in a person's noun ("by the Acting Governor", "by the Lanvarian Prime Minister"); "by the Senate" names no person.
    /// </summary>
    private static bool HostAt(List<Token> tokens, int k, IReadOnlyList<Mention> mentions)
    {
        if (mentions.Any(m => m.Kind == MentionKind.Person && m.TokenStart >= k && m.TokenStart <= k + 3 &&
                              Enumerable.Range(k, m.TokenStart - k).All(j => tokens[j].IsCapitalized && tokens[j].IsWord || j == k && tokens[j].Lower == "the")))
            return true;
        if (tokens[k].Lower != "the") return false;
        var end = Math.Min(tokens.Count, k + 5);
        for (var j = k + 1; j < end && tokens[j].IsCapitalized && tokens[j].IsWord; j++)
            if (Lexicon.PersonNouns.Contains(tokens[j].Text)) return true;
        return false;
    }
}
