using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Mayor Orlen and Governor Vask toured the dam on Friday. They later signed a water pact.": a sentence that opens with
/// "They" (or a short fronted phrase and "they": "Later that spring they met again") continues the pair the previous
/// sentence opened with, either joined by "and" or one meeting the other ("Orlen met Vask in Tarsby. They agreed ...")
/// (pattern: plural pronoun subject = the previous sentence's pair of subjects). Only a clear pair is read: no pronoun
/// of a new section or after a quotation, no list of three. Like <see cref="PronounSubject"/>, only meetings and
/// signings read this: the pronoun becomes two participants, never a mention.
/// </summary>
internal static class PluralPronounOpening
{
    /// <summary>How far into the previous sentence its first subject may stand.</summary>
    private const int SubjectReach = 8;

    public static IReadOnlyList<Mention> With(Sentence sentence, IReadOnlyList<Mention> mentions, Sentence? previous, IReadOnlyList<Mention>? previousMentions)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count < 2 || previous is null || previousMentions is null) return mentions;
        if (previous.Paragraph < sentence.Paragraph - 1 || previous.Text.StartsWith('"') || previous.Text.StartsWith('“')) return mentions;
        var at = PronounSubject.PronounPosition(tokens, mentions, plural: true);
        if (at < 0 || mentions.Any(m => m.TokenStart == at)) return mentions;
        var pair = Pair(previous.Tokens, previousMentions);
        if (pair.Count != 2) return mentions;
        var added = pair.Select(one => new Mention
        {
            Kind = MentionKind.Person, Sentence = sentence, TokenStart = at, TokenEnd = at + 1, Surface = tokens[at].Text,
            EntityId = one.EntityId, Rule = "pronoun subject continues the previous sentence's pair of subjects",
        });
        return [.. mentions.Where(m => m.TokenStart < at), .. added, .. mentions.Where(m => m.TokenStart >= at)];
    }

    /// <summary>The previous sentence's pair of subjects: "X and Y ..." or "X met [with] Y"; none otherwise.</summary>
    private static List<Mention> Pair(List<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        var joined = CoordinatedPronounSubject.SubjectPair(tokens, mentions, tokens.Count).ToList();
        if (joined.Count == 2) return joined;
        var people = mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).OrderBy(m => m.TokenStart).Take(3).ToList();
        if (people.Count < 2 || people[0].TokenStart > SubjectReach || people[0].EntityId == people[1].EntityId) return [];
        var verb = people[0].TokenEnd;
        if (verb >= tokens.Count || tokens[verb].Lower is not ("met" or "meets")) return [];
        var j = verb + 1;
        if (j < tokens.Count && tokens[j].Lower == "with") j++;
        for (; j < people[1].TokenStart; j++)
            if (!tokens[j].IsCapitalized && tokens[j].Lower != "the") return [];
        // "X met Y and Z": a third name makes a group this rule does not read.
        if (people.Count == 3 && people[2].TokenStart - people[1].TokenEnd <= 2) return [];
        return people.Take(2).ToList();
    }
}
