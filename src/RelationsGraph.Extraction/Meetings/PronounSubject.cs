using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Ruto arrived in Addis Ababa on Monday. He later met President Taye.": a sentence that opens with "He" or "She"
/// continues the story of the person the previous sentence opened with (pattern: pronoun subject = previous subject).
/// A short fronted adverbial may stand before the pronoun ("Earlier in the day he called on the King", "On the
/// sidelines she held talks with X"), as long as no person is named before it.
/// Only meetings read this: the pronoun becomes a participant, never an alias or a mention of the person.
/// </summary>
internal static class PronounSubject
{
    /// <summary>How far into the previous sentence its subject may stand ("On Monday, Kenyan President X ...").</summary>
    private const int SubjectReach = 8;

    /// <summary>How long a fronted adverbial before the pronoun may be ("On Monday night, after arriving from Manila, he ...").</summary>
    private const int AdverbialReach = 8;

    /// <summary>Words that open a fronted adverbial of time, place or sequence.</summary>
    private static readonly FrozenSet<string> AdverbialOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "earlier", "later", "before", "after", "during", "then", "afterwards", "next", "last", "that", "this",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<Mention> With(Sentence sentence, IReadOnlyList<Mention> mentions, Sentence? previous, IReadOnlyList<Mention>? previousMentions)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count < 2 || previous is null || previousMentions is null) return mentions;
        var at = PronounPosition(tokens, mentions);
        if (at < 0) return mentions;
        // A quotation or a new section does not carry its subject on.
        if (previous.Paragraph < sentence.Paragraph - 1 || previous.Text.StartsWith('"') || previous.Text.StartsWith('“')) return mentions;
        var subject = previousMentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).MinBy(m => m.TokenStart);
        if (subject is null || subject.TokenStart > SubjectReach) return mentions;
        var pronoun = new Mention
        {
            Kind = MentionKind.Person, Sentence = sentence, TokenStart = at, TokenEnd = at + 1, Surface = tokens[at].Text,
            EntityId = subject.EntityId, Rule = "pronoun subject continues the previous sentence's subject",
        };
        return [.. mentions.Where(m => m.TokenStart < at), pronoun, .. mentions.Where(m => m.TokenStart >= at)];
    }

    /// <summary>Where the sentence's own pronoun subject stands: first, or right after a short fronted adverbial; -1 if neither.</summary>
    internal static int PronounPosition(List<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        if (tokens[0].Text is "He" or "She") return 0;
        if (!AdverbialOpeners.Contains(tokens[0].Text)) return -1;
        for (var i = 1; i < tokens.Count && i <= AdverbialReach; i++)
        {
            if (tokens[i].Text is "\"" or "“" or "”" or "'") return -1;
            if (tokens[i].Text is not ("he" or "she")) continue;
            // "After Trump met Putin, he ...": a person named before the pronoun is its subject, not the previous sentence's.
            if (mentions.Any(m => m.Kind == MentionKind.Person && m.TokenStart < i)) return -1;
            return i;
        }
        return -1;
    }
}
