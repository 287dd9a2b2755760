using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X called on the president at the palace, and he attended a lunch hosted by Y": "he" or "she" opening a later
/// clause of the sentence is the subject the sentence opened with (pattern: a later clause sharing the sentence's
/// subject). The clause may be coordinated (", and the next day he called Z") or subordinate ("X flew to Lima,
/// where she met Y", "before he flew home", "when, as prime minister, he held talks with Y").
/// Like <see cref="PronounSubject"/>, only meetings read this: the pronoun becomes a participant, never a mention.
/// </summary>
internal static class CoordinatedPronounSubject
{
    /// <summary>How far into the sentence its subject may stand ("On Monday, Kenyan President X ...").</summary>
    private const int SubjectReach = 8;

    /// <summary>How many words may stand between the clause's opening word and its pronoun ("and the next day he").</summary>
    private const int ClauseLeadReach = 5;

    /// <summary>Words that open a clause whose subject may be a pronoun standing for the sentence's subject.</summary>
    private static readonly FrozenSet<string> SubordinateOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "where", "when", "before", "after", "until", "once",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<Mention> With(Sentence sentence, IReadOnlyList<Mention> mentions)
    {
        var tokens = sentence.Tokens;
        List<Mention>? added = null;
        for (var i = 2; i < tokens.Count; i++)
        {
            if (tokens[i].Lower is not ("he" or "she" or "they") || !OpensLaterClause(tokens, i) || InsideQuotation(tokens, i) || GreetedOnArrival(tokens, i)) continue;
            if (mentions.Any(m => m.Kind == MentionKind.Person && m.TokenStart == i)) continue;
            if (tokens[i].Lower == "they")
            {
                // "X and Y flew to Lima, where they met Z": a plural pronoun stands for a pair of subjects, never for one.
                foreach (var one in SubjectPair(tokens, mentions, i))
                    (added ??= []).Add(new Mention
                    {
                        Kind = MentionKind.Person, Sentence = sentence, TokenStart = i, TokenEnd = i + 1, Surface = tokens[i].Text,
                        EntityId = one.EntityId, Rule = "pronoun subject continues the sentence's pair of subjects",
                    });
                continue;
            }
            var subject = mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart < i).MinBy(m => m.TokenStart);
            if (subject is null || subject.TokenStart > SubjectReach) continue;
            (added ??= []).Add(new Mention
            {
                Kind = MentionKind.Person, Sentence = sentence, TokenStart = i, TokenEnd = i + 1, Surface = tokens[i].Text,
                EntityId = subject.EntityId, Rule = "pronoun subject continues the sentence's first subject",
            });
        }
        return added is null ? mentions : mentions.Concat(added).OrderBy(m => m.TokenStart).ToList();
    }

    /// <summary>The sentence's opening subjects when they are a pair joined by "and" ("X and Indian Prime Minister Y"); none otherwise.</summary>
    internal static IEnumerable<Mention> SubjectPair(List<Token> tokens, IReadOnlyList<Mention> mentions, int pronoun)
    {
        var people = mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart < pronoun).OrderBy(m => m.TokenStart).Take(3).ToList();
        if (people.Count < 2 || people[0].TokenStart > SubjectReach || people[0].EntityId == people[1].EntityId) return [];
        var gap = people[1].TokenStart - people[0].TokenEnd;
        if (gap < 1 || gap > 5 || tokens[people[0].TokenEnd].Lower != "and") return [];
        for (var j = people[0].TokenEnd + 1; j < people[1].TokenStart; j++)
            if (!tokens[j].IsCapitalized) return [];
        // "X, Y and Z": a third name in the list makes the pair a longer list this rule does not read.
        if (people.Count == 3 && people[2].TokenStart - people[1].TokenEnd <= 1) return [];
        return people.Take(2);
    }

    /// <summary>
    /// Whether the pronoun at <paramref name="i"/> opens a later clause: ", and" or a subordinating word shortly before it,
    /// with only a short lead between ("and the next day he", "when, as prime minister, he").
    /// </summary>
    private static bool OpensLaterClause(List<Token> tokens, int i)
    {
        for (var j = i - 1; j >= 1 && i - j <= ClauseLeadReach; j--)
        {
            var word = tokens[j].Lower;
            if (word is "he" or "she" or "they" or "who" or "which" or "that") return false;
            if (word == "and") return tokens[j - 1].Text == ",";
            if (SubordinateOpeners.Contains(word)) return true;
        }
        return false;
    }

    /// <summary>
    /// "landing at the airport, where he was met by the deputy minister": a passive greeting is the arrival's welcome,
    /// which the sentence's own gathering already holds; reading the pronoun there only splits that welcome off.
    /// </summary>
    private static bool GreetedOnArrival(List<Token> tokens, int i) =>
        i + 3 < tokens.Count && tokens[i + 1].Lower is "was" or "is" && tokens[i + 3].Lower == "by";

    /// <summary>Whether an odd number of quotation marks stands before the pronoun: it is inside a quotation.</summary>
    private static bool InsideQuotation(List<Token> tokens, int i)
    {
        var straight = 0; var open = 0;
        for (var j = 0; j < i; j++)
        {
            if (tokens[j].Text == "\"") straight++;
            else if (tokens[j].Text == "“") open++;
            else if (tokens[j].Text == "”") open--;
        }
        return straight % 2 == 1 || open > 0;
    }
}
