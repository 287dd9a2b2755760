using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "the next summit, which Ruritania has offered to host", "the Group of Eight, which Mr X hosts from Monday": a hosting verb
/// in a 'which'/'that' clause tells who stages the gathering (or the town) the clause hangs on; it receives no guest, so it
/// is no visit of its own (pattern: a relative clause of hosting describes its antecedent). A guest named after the verb
/// ("which hosted President Y last week") or a gathering noun as its object ("which hosted the talks") keeps the reference.
/// </summary>
internal static class HostOfTheAntecedent
{
    private const int Reach = 8; // how far before the verb the clause may open

    /// <summary>Drops each such hosting reference whose antecedent is not itself told as a gathering reference.</summary>
    public static void Fold(List<Token> tokens, List<MeetingMention> found, IReadOnlyList<Mention> mentions)
    {
        for (var n = found.Count - 1; n >= 0; n--)
        {
            var opens = ClauseOpening(tokens, found[n], mentions);
            if (opens < 0) continue;
            // "the summit in Tehran, which Iran will host later this year": a gathering reference before the clause already tells
            // the gathering, and the hosting reference carries the clause's plan, place and date to it; leave the pair be.
            var antecedent = found.LastOrDefault(x => x != found[n] && x.TokenEnd <= opens && opens - x.TokenEnd <= 8);
            if (antecedent is null)
            {
                found.RemoveAt(n);
                continue;
            }
            found[n].Kind = antecedent.Kind;
            found.Remove(antecedent);
            n = Math.Min(n, found.Count);
        }
    }

    /// <summary>The index of the 'which'/'that' opening the hosting clause of reference m, or -1.</summary>
    private static int ClauseOpening(List<Token> tokens, MeetingMention m, IReadOnlyList<Mention> mentions)
    {
        if (m.TokenEnd - m.TokenStart != 1 || m.Kind != MeetingKinds.Visit || m.Attendance || m.Signing) return -1;
        var i = m.TokenStart;
        if (tokens[i].Lower is not ("host" or "hosts" or "hosted" or "hosting")) return -1;
        var opens = -1;
        for (var k = i - 1; k >= 1 && i - k <= Reach; k--)
        {
            if (tokens[k].Text is "," or ";" or ":" or "—" or "–" or "(" or ")" or "." or "\"") return -1;
            if (tokens[k].Lower is "which" or "that" && (tokens[k - 1].Text == "," || MeetingKinds.KindOf(tokens[k - 1].Text, false) is not null))
            {
                opens = k;
                break;
            }
            // "which he and Y hosted": people between the pronoun and the verb are the hosts; another verb of meeting is another clause.
            if (k < i - 1 && MeetingKinds.KindOf(tokens[k].Text, tokens[k].IsCapitalized) is not null && MeetingKinds.IsVerb(tokens[k].Text)) return -1;
        }
        if (opens < 0) return -1;
        // The clause runs to the next comma or the end of the sentence: a person in it after the verb is a guest received.
        var end = i + 1;
        while (end < tokens.Count && tokens[end].Text is not ("," or ";" or "." or ":" or "—" or "–")) end++;
        return mentions.Any(p => p.Kind == MentionKind.Person && p.TokenStart > i && p.TokenStart < end) ? -1 : opens;
    }
}
