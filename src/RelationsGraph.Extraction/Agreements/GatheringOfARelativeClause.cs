using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "stayed on for talks with X on 11 January, at which both delegations signed a batch of agreements",
/// "began with a state visit on July 2-3, ahead of the summit proper, during which he and Y signed a package of documents":
/// a making clause opened by "at which", "during which" or "in which" tells what was made at the gathering it hangs on, the
/// one named just before the relative pronoun (past its date and a comma-bounded aside), whatever other gathering the
/// sentence tells first (the pattern: a relative clause modifies the noun phrase right before it).
/// </summary>
internal static class GatheringOfARelativeClause
{
    /// <summary>How many words of date or place may stand between the gathering and its relative pronoun.</summary>
    private const int Gap = 6;

    /// <summary>How far after the pronoun the clause's verb of making may stand.</summary>
    private const int VerbReach = 12;

    private static readonly FrozenSet<string> MakingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signed", "inked", "agreed", "adopted", "issued", "concluded", "exchanged", "initialled", "initialed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Sentence index → the gathering that a making relative clause of the sentence hangs on, or null where the clause hangs on
    /// no gathering the story holds (then no other gathering of the sentence, such as one named in an aside, made its documents).
    /// </summary>
    public static Dictionary<int, Meeting?> BySentence(IEnumerable<Meeting> meetings)
    {
        var map = new Dictionary<int, Meeting?>();
        var bySentence = meetings.SelectMany(m => m.Mentions.Select(x => (Meeting: m, Mention: x))).GroupBy(p => p.Mention.Sentence.Index);
        foreach (var group in bySentence)
        {
            var tokens = group.First().Mention.Sentence.Tokens;
            for (var k = 1; k + 1 < tokens.Count; k++)
            {
                if (tokens[k].Lower != "which" || tokens[k - 1].Lower is not ("at" or "during" or "in") || !MakesInItsClause(tokens, k + 1)) continue;
                var head = Antecedent(tokens, k - 1, group.Select(p => (p.Meeting, p.Mention)).ToList());
                map[group.Key] = head is not null && head.Id is not null && head.Held && !head.IsCeremonial && head.Kind != MeetingKinds.PhoneCall ? head : null;
            }
        }
        return map;
    }

    private static bool MakesInItsClause(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + VerbReach; k++)
        {
            if (tokens[k].Text is "." or ";") return false;
            if (MakingWords.Contains(tokens[k].Text)) return true;
        }
        return false;
    }

    /// <summary>The gathering whose mention ends right before the preposition at <paramref name="preposition"/>, past a short gap and one aside between commas.</summary>
    private static Meeting? Antecedent(List<Token> tokens, int preposition, List<(Meeting Meeting, MeetingMention Mention)> told)
    {
        var end = preposition;
        // ", before the summit itself, during which": an aside between commas right before the pronoun is skipped.
        if (end > 0 && tokens[end - 1].Text == ",")
        {
            var open = end - 2;
            while (open >= 0 && tokens[open].Text != "," && end - open <= 10) open--;
            if (open >= 0 && tokens[open].Text == ",") end = open;
        }
        (Meeting Meeting, MeetingMention Mention)? best = null;
        foreach (var pair in told)
            if (pair.Mention.TokenEnd <= end && end - pair.Mention.TokenEnd <= Gap && !Enumerable.Range(pair.Mention.TokenEnd, end - pair.Mention.TokenEnd).Any(j => tokens[j].Text is "," or ";")
                && (best is null || pair.Mention.TokenEnd > best.Value.Mention.TokenEnd))
                best = pair;
        return best?.Meeting;
    }
}
