using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X called on the president at the palace, and he attended a lunch hosted by Y": "he" or "she" opening a clause
/// joined by ", and" is the subject the sentence opened with (pattern: coordinated clauses sharing one subject).
/// Like <see cref="PronounSubject"/>, only meetings read this: the pronoun becomes a participant, never a mention.
/// </summary>
internal static class CoordinatedPronounSubject
{
    /// <summary>How far into the sentence its subject may stand ("On Monday, Kenyan President X ...").</summary>
    private const int SubjectReach = 8;

    public static IReadOnlyList<Mention> With(Sentence sentence, IReadOnlyList<Mention> mentions)
    {
        var tokens = sentence.Tokens;
        for (var i = 2; i < tokens.Count; i++)
        {
            if (tokens[i].Lower is not ("he" or "she") || tokens[i - 1].Lower != "and" || tokens[i - 2].Text != ",") continue;
            var subject = mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart < i).MinBy(m => m.TokenStart);
            if (subject is null || subject.TokenStart > SubjectReach) return mentions;
            var pronoun = new Mention
            {
                Kind = MentionKind.Person, Sentence = sentence, TokenStart = i, TokenEnd = i + 1, Surface = tokens[i].Text,
                EntityId = subject.EntityId, Rule = "pronoun subject continues the sentence's first subject",
            };
            return [.. mentions.Where(m => m.TokenStart < i), pronoun, .. mentions.Where(m => m.TokenStart >= i)];
        }
        return mentions;
    }
}
