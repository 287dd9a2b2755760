using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "A was received by B in 1998, and C held talks with D at the palace": a comma and a coordinating conjunction followed
/// by a named person (or a subject pronoun) and a verb open a second independent clause with a subject of its own; ", and
/// called on E" opens a second predicate of the same subject. When each of the two clauses tells a gathering, the people
/// named only in one clause attend only that clause's gathering, not the other's, save the shared subject of two predicates
/// (pattern: coordinated clauses each carry their own subject, verb and objects; a meeting word's reach stops at the clause).
/// </summary>
internal static class CoordinatedClauseSubject
{
    /// <summary>Drops from each reference the people named only on the other side of a coordinated clause's boundary.</summary>
    public static void Apply(List<Token> tokens, List<MeetingMention> found, IReadOnlyList<Mention> mentions, IReadOnlyList<Mention> people)
    {
        if (found.Count < 2 || people.Count < 2) return;
        for (var b = 1; b < tokens.Count; b++)
        {
            var newSubject = StartsAt(tokens, b, mentions);
            if (!newSubject && !StartsVerbPhrase(tokens, b, found)) continue;
            var before = found.Where(m => m.TokenEnd <= b).ToList();
            var after = found.Where(m => m.TokenStart > b).ToList();
            if (before.Count == 0 || after.Count == 0) continue;
            foreach (var m in before) DropPeopleOnlyOn(m, people, p => p.TokenStart > b);
            // "A met B, and called on C": the shared subject A, named before the first verb, attends both; B only the first.
            var firstVerb = before.Min(m => m.TokenStart);
            foreach (var m in after) DropPeopleOnlyOn(m, people, p => p.TokenEnd <= b && (newSubject || p.TokenStart > firstVerb));
        }
    }

    private static void DropPeopleOnlyOn(MeetingMention m, IReadOnlyList<Mention> people, Func<Mention, bool> otherSide)
    {
        foreach (var id in m.Participants.Keys.ToList())
        {
            var named = false;
            var onOtherSideOnly = true;
            foreach (var p in people)
            {
                if (p.EntityId != id) continue;
                named = true;
                if (!otherSide(p)) { onOtherSideOnly = false; break; }
            }
            if (!named || !onOtherSideOnly) continue;
            m.Participants.Remove(id);
            m.ObjectIds.Remove(id);
        }
    }

    /// <summary>True at the conjunction ("and", "but", "while", "whereas") after a comma that a named person or subject pronoun and a verb follow
    /// (the pronoun perhaps after a short fronted phrase, see <see cref="FrontedLeadOfAClause"/>).</summary>
    public static bool StartsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (i == 0 || i + 2 >= tokens.Count || tokens[i - 1].Text != "," || tokens[i].Lower is not ("and" or "but" or "while" or "whereas")) return false;
        if (tokens[i + 1].Lower is "he" or "she" or "they" && tokens[i + 2].IsWord && !tokens[i + 2].IsCapitalized) return true;
        if (FrontedLeadOfAClause.LeadsToPronoun(tokens, i + 1)) return true;
        foreach (var m in mentions)
        {
            if (m.TokenStart != i + 1) continue;
            if (m.Kind != MentionKind.Person || m.TokenEnd >= tokens.Count) return false;
            var next = tokens[m.TokenEnd];
            // the name's own verb: a lowercase word that neither continues the name ("of"), a list ("and", "or") nor a possessive
            return next.IsWord && !next.IsCapitalized && next.Lower is not ("and" or "or" or "of" or "nor" or "who" or "whose" or "'s" or "’s");
        }
        return false;
    }

    /// <summary>
    /// ", and called on C", ", and later held talks with D": the conjunction joins a second predicate (past tense, perhaps after
    /// an adverb) whose verb is a gathering's own word.
    /// </summary>
    private static bool StartsVerbPhrase(List<Token> tokens, int i, List<MeetingMention> found)
    {
        if (i == 0 || i + 1 >= tokens.Count || tokens[i - 1].Text != "," || tokens[i].Lower != "and") return false;
        foreach (var m in found)
            if ((m.TokenStart == i + 1 || m.TokenStart == i + 2 && (tokens[i + 1].Lower.EndsWith("ly") || tokens[i + 1].Lower is "later" or "then" or "also")) && !tokens[m.TokenStart].IsCapitalized &&
                tokens[m.TokenStart].Lower.EndsWith("ed")) return true;
        return false;
    }
}
