using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X signed first. He was followed by A, B and C", "They were followed by D, who signed for the opposition, and by E": at a
/// signing told one signer after another, the people who "followed" the signers of the sentence before signed in turn
/// (the pattern: a ceremony's order of signing names its signers). Only a pronoun subject that points back to a signing
/// sentence counts, so a programme "followed by a press conference" names no one.
/// </summary>
internal static class SigningOrder
{
    private static readonly FrozenSet<string> Pronouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "he", "she", "they" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The people who followed the signers of <paramref name="previous"/>; empty when the sentence tells no such turn.</summary>
    public static IEnumerable<Mention> Followers(Sentence sentence, Sentence? previous, IReadOnlyList<Mention> mentions)
    {
        if (previous is null || !SigningVerb.AnyIn(previous.Tokens)) return [];
        var by = FollowedBy(sentence.Tokens);
        if (by < 0) return [];
        return mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart > by && !Describes(sentence.Tokens, m));
    }

    /// <summary>"He was followed by", "They were then followed by" opening the sentence: the index of "by", or -1.</summary>
    private static int FollowedBy(List<Token> tokens)
    {
        if (tokens.Count < 4 || !Pronouns.Contains(tokens[0].Text) || tokens[1].Lower is not ("was" or "were")) return -1;
        var k = 2;
        if (tokens[k].Lower is "then" or "soon" or "quickly") k++;
        return k + 1 < tokens.Count && tokens[k].Lower == "followed" && tokens[k + 1].Lower == "by" ? k + 1 : -1;
    }

    /// <summary>Plural nouns for people that may open the list after "followed by" ("followed by the sixteen heads of state, among them A").</summary>
    private static readonly FrozenSet<string> PeopleNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "heads", "leaders", "ministers", "presidents", "premiers", "delegates", "delegations", "envoys", "representatives", "signatories", "others" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Words after which the followers' list is over: a clause or a scene of its own begins.</summary>
    private static readonly FrozenSet<string> FollowerListEnds = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".", ";", "who", "which", "whom", "that", "while", "but", "after", "before", "with", "as" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>How far after the signing verb its ", followed by" may stand ("X signed for Russia and Y for the alliance, followed ...").</summary>
    private const int FollowedReach = 24;

    /// <summary>
    /// "X signed first, followed by A and B", "X signed for Russia, followed one by one by the sixteen leaders, among them A and B":
    /// a participle ", followed by" in the signing verb's own sentence names the people who signed after (the pattern: a
    /// ceremony's order of signing told in one sentence). Only a person, or a plural noun for people, may open the list, so
    /// "signed the deal, followed by a press conference with Y" names no one.
    /// </summary>
    public static IEnumerable<Mention> FollowersInTheSentence(List<Token> tokens, IReadOnlyList<Mention> persons, int verb)
    {
        for (var k = verb + 1; k + 2 < tokens.Count && k <= verb + FollowedReach; k++)
        {
            if (tokens[k].Text is "." or ";" || SigningVerb.IsAt(tokens, k)) yield break;
            if (tokens[k].Lower != "followed" || tokens[k - 1].Text != ",") continue;
            var by = k + 1;
            // "followed one by one by", "followed in turn by", "followed shortly by": a manner before the agent.
            if (by + 2 < tokens.Count && tokens[by].Lower == "one" && tokens[by + 1].Lower == "by" && tokens[by + 2].Lower == "one") by += 3;
            else if (by + 1 < tokens.Count && tokens[by].Lower == "in" && tokens[by + 1].Lower is "turn" or "order") by += 2;
            else if (tokens[by].Lower is "then" or "shortly" or "soon" or "immediately") by++;
            if (by >= tokens.Count || tokens[by].Lower != "by") yield break;
            var opensWithPeople = persons.Any(p => p.TokenStart >= by + 1 && p.TokenStart <= by + 3)
                || Enumerable.Range(by + 1, Math.Max(0, Math.Min(tokens.Count, by + 7) - by - 1)).TakeWhile(j => tokens[j].Text != ",").Any(j => PeopleNouns.Contains(tokens[j].Text));
            if (!opensWithPeople) yield break;
            var end = by + 1;
            while (end < tokens.Count && !FollowerListEnds.Contains(tokens[end].Text)) end++;
            foreach (var p in persons.Where(p => p.TokenStart > by && p.TokenEnd <= end && !Describes(tokens, p))) yield return p;
            yield break;
        }
    }

    /// <summary>"the adviser to X", "a deputy of Y", "led with Z": a name inside another person's description.</summary>
    private static bool Describes(List<Token> tokens, Mention person)
    {
        for (var k = person.TokenStart - 1; k >= 1 && k >= person.TokenStart - 4 && tokens[k].Text != ","; k--)
            if (tokens[k].Lower is "to" or "of" or "with" && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized) return true;
        return false;
    }
}
