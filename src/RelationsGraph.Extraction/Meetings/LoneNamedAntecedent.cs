using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The decision crowned a long week for Mrs Orvel, who had flown in on Monday. She held talks with ...": when the sentence
/// before an opening "He"/"She" has a thing as its subject, the pronoun stands for the one person that sentence names
/// (pattern: a pronoun picks up the only person in sight). Not counted: the agent of a passive ("the envoy was received by
/// X": the unnamed subject is the pronoun's referent) and a name that modifies a noun ("the X Mausoleum"); a possessor
/// ("The tour is X's second") counts only when no other person is named. A sentence with a pronoun of its own leaves the
/// referent unclear, and a courtesy title that gives the person's sex ("Mr", "Mrs", "Ms") must agree with the pronoun.
/// <see cref="PronounSubject"/> asks this only when the previous sentence opens with no person of its own.
/// </summary>
internal static class LoneNamedAntecedent
{
    /// <summary>The one person the sentence names as a possible referent, agreeing with the pronoun; else null.</summary>
    public static Mention? Of(Sentence previous, IReadOnlyList<Mention> previousMentions, string pronoun)
    {
        var tokens = previous.Tokens;
        var people = previousMentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).ToList();
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Lower is "he" or "she" or "they" && !people.Any(m => m.TokenStart <= i && i < m.TokenEnd)) return null;
        var eligible = people.Where(m => !PassiveAgent(tokens, m) && !Modifier(tokens, m)).ToList();
        var plain = eligible.Where(m => !Possessive(tokens, m)).ToList();
        var pick = plain.Count > 0 ? plain : eligible;
        if (pick.Count == 0 || pick.Select(m => m.EntityId).Distinct().Count() != 1) return null;
        var first = pick[0];
        var sex = Sex(tokens, first);
        if (sex is not null && sex != (pronoun.ToLowerInvariant() == "she" ? 'f' : 'm')) return null;
        return first;
    }

    /// <summary>"by X", "by President X", "by the Emir, X": the name is a passive's agent.</summary>
    private static bool PassiveAgent(List<Token> tokens, Mention m)
    {
        for (var k = m.TokenStart - 1; k >= 0 && m.TokenStart - k <= 6; k--)
        {
            if (tokens[k].Lower == "by") return true;
            if (!tokens[k].IsCapitalized && tokens[k].Text != "," && tokens[k].Lower != "the") return false;
        }
        return false;
    }

    /// <summary>"the X Mausoleum", "the X Foundation": a capitalised word right after the name makes it part of another name.</summary>
    private static bool Modifier(List<Token> tokens, Mention m) => m.TokenEnd < tokens.Count && tokens[m.TokenEnd].IsWord && tokens[m.TokenEnd].IsCapitalized;

    private static bool Possessive(List<Token> tokens, Mention m) => m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Text is "'s" or "’s" or "'" or "’";

    /// <summary>The sex a courtesy title before or at the start of the name gives: 'm', 'f' or null.</summary>
    private static char? Sex(List<Token> tokens, Mention m)
    {
        var words = new List<string>();
        if (m.TokenStart > 0) words.Add(tokens[m.TokenStart - 1].Text.TrimEnd('.'));
        words.Add(tokens[m.TokenStart].Text.TrimEnd('.'));
        foreach (var w in words)
        {
            if (w is "Mr" or "Sir" or "King" or "Prince") return 'm';
            if (w is "Mrs" or "Ms" or "Miss" or "Madam" or "Dame" or "Queen" or "Princess") return 'f';
        }
        return null;
    }
}
