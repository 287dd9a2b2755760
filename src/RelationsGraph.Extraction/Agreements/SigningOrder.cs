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
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they" };

    /// <summary>The people who followed the signers of <paramref name="previous"/>; empty when the sentence tells no such turn.</summary>
    public static IEnumerable<Mention> Followers(Sentence sentence, Sentence? previous, IReadOnlyList<Mention> mentions)
    {
        if (previous is null || !SigningVerb.AnyIn(previous.Tokens)) return [];
        var by = FollowedBy(sentence.Tokens);
        if (by < 0) return [];
        return mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart > by && !Describes(sentence.Tokens, m));
    }

    /// <summary>"He was followed by", "They were then followed by" opening the sentence: the index of "by", or -1.</summary>
    private static int FollowedBy(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count < 4 || !Pronouns.Contains(tokens[0].Text) || tokens[1].Lower is not ("was" or "were")) return -1;
        var k = 2;
        if (tokens[k].Lower is "then" or "soon" or "quickly") k++;
        return k + 1 < tokens.Count && tokens[k].Lower == "followed" && tokens[k + 1].Lower == "by" ? k + 1 : -1;
    }

    /// <summary>"the adviser to X", "a deputy of Y", "led with Z": a name inside another person's description.</summary>
    private static bool Describes(IReadOnlyList<Token> tokens, Mention person)
    {
        for (var k = person.TokenStart - 1; k >= 1 && k >= person.TokenStart - 4 && tokens[k].Text != ","; k--)
            if (tokens[k].Lower is "to" or "of" or "with" && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized) return true;
        return false;
    }
}
