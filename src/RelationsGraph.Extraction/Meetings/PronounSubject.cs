using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Ruto arrived in Addis Ababa on Monday. He later met President Taye.": a sentence that opens with "He" or "She"
/// continues the story of the person the previous sentence opened with (pattern: pronoun subject = previous subject).
/// Only meetings read this: the pronoun becomes a participant, never an alias or a mention of the person.
/// </summary>
internal static class PronounSubject
{
    /// <summary>How far into the previous sentence its subject may stand ("On Monday, Kenyan President X ...").</summary>
    private const int SubjectReach = 8;

    public static IReadOnlyList<Mention> With(Sentence sentence, IReadOnlyList<Mention> mentions, Sentence? previous, IReadOnlyList<Mention>? previousMentions)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count < 2 || tokens[0].Text is not ("He" or "She") || previous is null || previousMentions is null) return mentions;
        // A quotation or a new section does not carry its subject on.
        if (previous.Paragraph < sentence.Paragraph - 1 || previous.Text.StartsWith('"') || previous.Text.StartsWith('“')) return mentions;
        var subject = previousMentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).MinBy(m => m.TokenStart);
        if (subject is null || subject.TokenStart > SubjectReach) return mentions;
        var pronoun = new Mention
        {
            Kind = MentionKind.Person, Sentence = sentence, TokenStart = 0, TokenEnd = 1, Surface = tokens[0].Text,
            EntityId = subject.EntityId, Rule = "pronoun subject continues the previous sentence's subject",
        };
        return [pronoun, .. mentions];
    }
}
