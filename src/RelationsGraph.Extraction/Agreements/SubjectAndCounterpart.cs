using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Norvia signed a fisheries accord with Estmark", "Caldor concluded its own treaty of friendship with Vessa": one state
/// as the subject of the making verb and the state named by "with" after the document (or after its short topic) are its
/// two sides, whoever else the meeting or the sentence names (the pattern: "A signed X with B" tells both parties; the
/// counterpart stands after the object, not in the subject list that <see cref="SidesThatAgreed"/> reads). A state named
/// by its adjective ("with Estmarkian help") or as a possessor ("with Estmark's backing") is no counterpart.
/// </summary>
internal static class SubjectAndCounterpart
{
    /// <summary>How far after the document's first word the "with" may stand ("a similar memorandum on seasonal labour with").</summary>
    private const int WithReach = 12;

    /// <summary>Words that may follow the counterpart's name: the sentence goes on with a time, a place or another clause.</summary>
    private static readonly FrozenSet<string> FollowingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "last", "this", "that", "which", "and", "for", "to", "after", "before", "under", "when",
        "while", "as", "by", "earlier", "later", "only", "the", "a", "an", "two", "three", "four", "five", "six", "seven",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The subject's and the counterpart's country ids, or empty when the sentence does not tell both.</summary>
    public static IReadOnlyList<string> At(List<Token> tokens, IEnumerable<Mention> mentions, int documentStart, int documentEnd)
    {
        var verb = SidesThatAgreed.VerbBefore(tokens, documentStart);
        if (verb < 0) return [];
        var subject = mentions.Where(m => m.Kind == MentionKind.Country && m.EntityId is not null && m.TokenEnd <= verb)
            .MaxBy(m => m.TokenStart);
        if (subject is null || subject.IsDemonym || !SidesThatAgreed.OnlyModifiersBetween(tokens, subject.TokenEnd, verb)) return [];
        // "Spain's minister signed": a possessor is no subject.
        if (subject.TokenEnd < tokens.Count && tokens[subject.TokenEnd].Text is "'s" or "’s" or "'" or "’") return [];
        var with = -1;
        for (var k = documentStart; k < tokens.Count && k < Math.Max(documentEnd, documentStart) + WithReach; k++)
        {
            if (!tokens[k].IsWord) return [];
            if (tokens[k].Lower == "with") { with = k; break; }
        }
        if (with < 0) return [];
        var first = with + 1 < tokens.Count && tokens[with + 1].Lower == "the" ? with + 2 : with + 1;
        var counterpart = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && m.EntityId is not null && m.TokenStart == first);
        if (counterpart is null || counterpart.IsDemonym || counterpart.EntityId == subject.EntityId) return [];
        if (counterpart.TokenEnd < tokens.Count && tokens[counterpart.TokenEnd] is var next && next.IsWord && !next.IsCapitalized && !FollowingWords.Contains(next.Text)) return [];
        if (counterpart.TokenEnd < tokens.Count && tokens[counterpart.TokenEnd].Text is "'s" or "’s" or "'" or "’") return [];
        return [subject.EntityId!, counterpart.EntityId!];
    }
}
