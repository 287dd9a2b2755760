using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "A, B and C signed the trade accord ... The ministers also signed a protocol on terrorism": a group reference that signs
/// a second document of the same gathering means the people already named as signers of the first, not everyone at the
/// gathering (the pattern: a definite group refers back to the people last told doing the same act; the leaders who looked
/// on at a ministers' signing did not sign).
/// </summary>
internal static class GroupSignedAgain
{
    /// <summary>
    /// The signers of the document of the events reported signed last before <paramref name="agreement"/>'s group signing (by
    /// at least two people), with the group's sentence; null when there is none.
    /// </summary>
    public static (IReadOnlyList<string> Signers, Sentence Sentence)? EarlierSigners(Agreement agreement, IReadOnlyList<Agreement> agreements)
    {
        if (agreement.Mentions.FirstOrDefault(DefiniteGroupSigned) is not { } groupMention) return null;
        var told = groupMention.Sentence.Index;
        var earlier = agreements
            .Where(a => a != agreement && a.Signatories.Count >= 2 && a.Mentions.Any(m => m.Sentence.Index < told)
                        && a.Signatories.Values.All(s => s.Index < told) && !a.Mentions.Any(m => m.Recalled))
            .OrderByDescending(a => a.Signatories.Values.Max(s => s.Index))
            .FirstOrDefault();
        return earlier is null ? null : (earlier.Signatories.Keys.ToList(), groupMention.Sentence);
    }

    /// <summary>Plural nouns for people that a definite group subject ends with: "the ministers", "the two leaders", "both men".</summary>
    private static readonly FrozenSet<string> PeopleNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "leaders", "ministers", "presidents", "premiers", "men", "women", "delegates", "delegations", "envoys", "negotiators", "officials", "heads", "chairmen", "signatories", "sides", "pair" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Words between a subject and its verb: "the ministers also signed", "the two men then signed".</summary>
    private static readonly FrozenSet<string> Adverbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "also", "then", "later", "subsequently", "jointly", "further", "too", "separately", "had", "have", "additionally" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the document's signing verb has a definite group for its subject, opening the clause: "The ministers also
    /// signed", "the two leaders then signed", "Both men signed". "Commanders of the two sides signed" brings new people in.
    /// </summary>
    private static bool DefiniteGroupSigned(AgreementMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var verb = Enumerable.Range(Math.Max(0, mention.TokenStart - 5), Math.Max(0, Math.Min(mention.TokenStart, tokens.Count) - Math.Max(0, mention.TokenStart - 5)))
            .Where(k => SigningVerb.IsAt(tokens, k) && SigningVerb.ObjectStart(tokens, k) == mention.TokenStart).DefaultIfEmpty(-1).Last();
        if (verb < 0) verb = CoordinatedObjectVerb(tokens, mention.TokenStart);
        if (verb < 1) return false;
        var k = verb - 1;
        while (k >= 0 && Adverbs.Contains(tokens[k].Text)) k--;
        if (k < 1 || !PeopleNouns.Contains(tokens[k].Text)) return false;
        k--;
        while (k >= 0 && tokens[k].Lower is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "foreign" or "prime" or "finance" or "trade" or "defence" or "defense") k--;
        if (k < 0 || tokens[k].Lower is not ("the" or "both" or "all" or "these")) return false;
        return k == 0 || tokens[k - 1].Text is "," or ";" or ":" || tokens[k - 1].Lower is "and" or "then" or "later";
    }

    /// <summary>
    /// "The ministers also signed a protocol to the 1990 convention on seals and a youth charter": a document joined by "and"
    /// to the object of a signing verb, with no comma or clause break between, is that verb's object too (the pattern:
    /// coordinated objects share their verb and its subject). The verb's index, or -1.
    /// </summary>
    private static int CoordinatedObjectVerb(List<Token> tokens, int start)
    {
        if (start < 3 || tokens[start - 1].Lower != "and") return -1;
        for (var k = start - 2; k >= 0 && k >= start - 30; k--)
        {
            if (tokens[k].Text is "," or ";" or ":" or "." || tokens[k].Lower is "which" or "that" or "who" or "while") return -1;
            if (!SigningVerb.IsAt(tokens, k)) continue;
            var obj = SigningVerb.ObjectStart(tokens, k);
            return obj > k && obj < start - 1 ? k : -1;
        }
        return -1;
    }
}
