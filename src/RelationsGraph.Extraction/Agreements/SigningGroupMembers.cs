using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The nine ministers of the council signed the charter. Among them were A, B and C": a sentence that opens by naming
/// members of the group that just signed ("Among them were", "They included") names signers (the pattern: a group's
/// signing is told first, its members after). Only a group of people told by a plural noun before the signing verb
/// counts, so "Crowds watched as the leaders signed" is not enough ("them" would be the crowd).
/// </summary>
internal static class SigningGroupMembers
{
    /// <summary>Plural nouns for people whose members a following "Among them" may name.</summary>
    private static readonly FrozenSet<string> GroupNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "members", "heads", "leaders", "ministers", "presidents", "premiers", "delegates", "delegations", "envoys", "representatives", "signatories", "officials", "chiefs" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The people the sentence names as members of the group that signed in <paramref name="previous"/>; empty when it names none.</summary>
    public static IEnumerable<Mention> Members(Sentence sentence, Sentence? previous, IReadOnlyList<Mention> mentions)
    {
        if (previous is null) return [];
        var listStart = ListStart(sentence.Tokens);
        if (listStart < 0 || !GroupSigned(previous.Tokens)) return [];
        return mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart >= listStart);
    }

    /// <summary>Whether the sentence opens with a members' list: "Among them were", "Among them,", "They included".</summary>
    public static bool OpensAMembersList(List<Token> tokens) => ListStart(tokens) >= 0;

    /// <summary>Where the names open after "Among them were" / "Among them," / "They included"; -1 when the sentence opens otherwise.</summary>
    private static int ListStart(List<Token> tokens)
    {
        if (tokens.Count < 4) return -1;
        if (tokens[0].Lower == "among" && tokens[1].Lower == "them")
            return tokens[2].Lower is "were" or "was" or "," ? 3 : -1;
        return tokens[0].Lower is "they" or "these" && tokens[1].Lower is "included" ? 2 : -1;
    }

    /// <summary>Whether a signing verb of the sentence has a plural noun for people before it: "the twelve members ... put their names to".</summary>
    private static bool GroupSigned(List<Token> tokens)
    {
        for (var v = 0; v < tokens.Count; v++)
            if (SigningVerb.IsAt(tokens, v))
                return Enumerable.Range(0, v).Any(k => GroupNouns.Contains(tokens[k].Text));
        return false;
    }
}
