using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Ruritania will host the next summit", "Ruritania is due to take over and host the forum's next meeting", "the next
/// meeting, which Ruritania is to host", "the summit Ruritania will host in 2031": a country or town that is the subject of a
/// hosting verb whose object is the gathering is where that gathering is held (pattern: the host of a gathering is its place).
/// No preposition leads such a place, so the locative test misses it. Only a closed class of auxiliaries may stand between
/// the place and the verb; a person host names no place.
/// </summary>
internal static class HostPlace
{
    private const int MaxFiller = 6; // auxiliaries between the place and the verb ("is due to take over and host")
    private const int MaxObjectGap = 6; // words between the verb and the gathering noun ("host the group's next summit")

    private static readonly FrozenSet<string> Filler = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "shall", "is", "are", "was", "were", "has", "have", "had", "be", "to", "due", "set", "expected", "scheduled",
        "offered", "agreed", "also", "and", "take", "takes", "took", "over", "then", "again", "'ll", "’ll",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsHostVerb(Token t) => t.Lower is "host" or "hosts" or "hosted" or "hosting";

    public static bool Is(List<Token> tokens, Mention place, MeetingMention m)
    {
        if (place.Kind is not (MentionKind.Place or MentionKind.Country) || place.EntityId is null) return false;
        // The place opens the clause: no preposition or possessive before it ("talks in X will host", "X's envoy will host").
        if (place.TokenStart > 0 && tokens[place.TokenStart - 1].Lower is "in" or "at" or "to" or "from" or "of" or "for" or "with" or "by" or "on") return false;
        var h = -1;
        for (var k = place.TokenEnd; k < tokens.Count && k - place.TokenEnd <= MaxFiller; k++)
        {
            if (IsHostVerb(tokens[k])) { h = k; break; }
            if (!Filler.Contains(tokens[k].Text)) return false;
        }
        if (h < 0) return false;
        // The verb is part of the reference ("host the next summit"), or the gathering noun follows as its object.
        // A lone verb ending its clause ("..., which X is due to host.") leaves the gathering to a noun told before it: that
        // noun, not the bare verb, is the gathering placed.
        if (h >= m.TokenStart && h < m.TokenEnd)
            return !(m.TokenEnd - m.TokenStart == 1 && (h + 1 >= tokens.Count || !tokens[h + 1].IsWord));
        if (m.TokenStart > h && m.TokenStart - h <= MaxObjectGap)
        {
            for (var k = h + 1; k < m.TokenStart; k++)
                if (!tokens[k].IsWord || MeetingKinds.IsVerb(tokens[k].Text)) return false;
            return true;
        }
        // "the next meeting, which X is to host", "the summit X will host in 2031": the gathering is the clause's antecedent,
        // and the verb takes no object of its own.
        if (m.TokenEnd <= place.TokenStart && place.TokenStart - m.TokenEnd <= 2)
        {
            for (var k = m.TokenEnd; k < place.TokenStart; k++)
                if (tokens[k].Lower is not ("which" or "that" or ",")) return false;
            return h + 1 >= tokens.Count || !tokens[h + 1].IsWord || tokens[h + 1].Lower is "in" or "on" or "at" or "later" or "next" or "this" or "early" or "from";
        }
        return false;
    }
}
