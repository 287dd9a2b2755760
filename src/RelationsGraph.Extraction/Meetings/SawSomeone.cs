using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "She also saw Moldova's President Maia Sandu", "Putin also saw Tokayev himself": "also saw" with a person as its object is
/// one more encounter of a diary of meetings (pattern: seeing someone, in a list of a leader's meetings). Only after "also",
/// so that "saw Trump as a threat" or "saw prices rise" tell no meeting; the object is a person named within a few words,
/// led only by capitalised title words (an honorific's full stop included) or a country's possessive.
/// A diary's time of day does what "also" does: "In the evening he saw Mr X", "Later she saw Y", a sentence that opens with a
/// short time adverbial and goes on with a pronoun subject and "saw" (see <see cref="DiaryOpening"/>).
/// </summary>
internal static class SawSomeone
{
    private const int Reach = 5;

    /// <summary>How long the fronted time adverbial before the pronoun may be ("On Thursday afternoon, he saw").</summary>
    private const int AdverbialReach = 5;

    private static readonly System.Collections.Frozen.FrozenSet<string> TimeOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "in", "on", "later", "earlier", "that", "afterwards", "next", "then", "at", "the" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Frozen.FrozenSet<string> TimeWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "morning", "afternoon", "evening", "night", "day", "later", "earlier", "afterwards", "then", "next",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (tokens[i].Lower is not ("saw" or "sees" or "see") || i == 0 || tokens[i - 1].Lower != "also" && !DiaryOpening(tokens, i)) return false;
        return PersonSeen(tokens, i, mentions);
    }

    // The rest of the test, apart from its word test, which runs on every word: a lambda over the arguments made a closure on every call.
    private static bool PersonSeen(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        var person = mentions.FirstOrDefault(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenStart > i && p.TokenStart - i <= Reach);
        if (person is null) return false;
        var lead = Enumerable.Range(i + 1, person.TokenStart - i - 1).ToList();
        if (!lead.All(k => tokens[k].IsCapitalized && tokens[k].IsWord || tokens[k].Text is "'s" or "’s" or ".")) return false;
        // "saw Y's plan": the person owns what was seen.
        return person.TokenEnd >= tokens.Count || tokens[person.TokenEnd].Text is not ("'s" or "’s");
    }

    /// <summary>
    /// "In the evening he saw", "Later that day she saw": a pronoun right before "saw", after a fronted adverbial that opens the
    /// sentence with a time word and names a time of day, a weekday or a sequence.
    /// </summary>
    private static bool DiaryOpening(List<Token> tokens, int i)
    {
        if (i < 2 || tokens[i - 1].Lower is not ("he" or "she") || i - 1 > AdverbialReach + 1) return false;
        if (!TimeOpeners.Contains(tokens[0].Text)) return false;
        for (var k = 0; k < i - 1; k++)
            if (TimeWords.Contains(tokens[k].Text)) return true;
        return false;
    }
}
