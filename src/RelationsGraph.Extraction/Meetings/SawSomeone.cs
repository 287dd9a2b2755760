using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "She also saw Moldova's President Maia Sandu", "Putin also saw Tokayev himself": "also saw" with a person as its object is
/// one more encounter of a diary of meetings (pattern: seeing someone, in a list of a leader's meetings). Only after "also",
/// so that "saw Trump as a threat" or "saw prices rise" tell no meeting; the object is a person named within a few words,
/// led only by capitalised title words or a country's possessive.
/// </summary>
internal static class SawSomeone
{
    private const int Reach = 5;

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (tokens[i].Lower is not ("saw" or "sees" or "see") || i == 0 || tokens[i - 1].Lower != "also") return false;
        var person = mentions.FirstOrDefault(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenStart > i && p.TokenStart - i <= Reach);
        if (person is null) return false;
        var lead = Enumerable.Range(i + 1, person.TokenStart - i - 1).ToList();
        if (!lead.All(k => tokens[k].IsCapitalized && tokens[k].IsWord || tokens[k].Text is "'s" or "’s")) return false;
        // "saw Y's plan": the person owns what was seen.
        return person.TokenEnd >= tokens.Count || tokens[person.TokenEnd].Text is not ("'s" or "’s");
    }
}
