using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Signing for Kenya was Foreign Minister X", "Signing on behalf of the rebels were A and B": a gerund of signing at the
/// sentence's head with its subject put after "was" or "were" (the pattern: the inverted copula names the signer for a side).
/// The signers are the people after the copula; the side before it is the one they signed for. "Signing after him were A and
/// B" names the next signers the same way (see TurnOrCompany).
/// </summary>
internal static class InvertedSignerForASide
{
    /// <summary>The people each such sentence names after its copula.</summary>
    public static IEnumerable<(Sentence Sentence, Mention Person)> Find(IReadOnlyList<Sentence> sentences, Func<Sentence, IReadOnlyList<Mention>> mentionsIn)
    {
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            for (var k = 0; k + 3 < tokens.Count; k++)
            {
                // A clause head: the sentence's first word, or one after "while", "and", ";" ("..., while signing for Kenya were A and B").
                if (tokens[k].Lower != "signing" || k > 0 && !(tokens[k - 1].Lower is "while" or "and" or "whereas" || tokens[k - 1].Text == ";")) continue;
                // "Signing alongside X were A and B": co-signers put after the copula, as signers for a side are.
                var forASide = tokens[k + 1].Lower is "for" or "alongside" || tokens[k + 1].Lower == "on" && tokens[k + 2].Lower == "behalf";
                if (!forASide && !TurnOrCompany(tokens, k + 1)) continue;
                var copula = TokenScan.First(tokens, k + 2, static t => t.Lower is "was" or "were", -1);
                if (copula < 0 || !forASide && !OpensAName(tokens, copula + 1)) continue;
                foreach (var (from, to) in Items(tokens, copula))
                    foreach (var person in Between(mentionsIn(sentence), from, to)) yield return (sentence, person);
            }
        }
    }

    /// <summary>
    /// "Signing after him were A, B and C", "Signing with her were A and B", "Signing next was A": the gerund's turn in the order
    /// or its company in place of a side, the same inversion naming the next signers (the pattern: a signing roll goes on with
    /// "signing after/with X were ..." as it does with "signing for X were ..."). Only "after" or "with" before a pronoun or a
    /// name, or "next", counts: "signing after the talks" or "signing with reluctance" tells no turn.
    /// </summary>
    private static bool TurnOrCompany(List<Token> tokens, int at)
    {
        if (tokens[at].Lower == "next") return true;
        if (tokens[at].Lower is not ("after" or "with") || at + 1 >= tokens.Count) return false;
        var next = tokens[at + 1];
        return next.Lower is "him" or "her" or "them" || next.IsWord && next.IsCapitalized;
    }

    /// <summary>The word after the copula opens a list of names: a capitalised word or "the" ("were Minister A", "was the envoy, A"), not "was a mistake".</summary>
    private static bool OpensAName(List<Token> tokens, int at) =>
        at < tokens.Count && (tokens[at].IsWord && tokens[at].IsCapitalized || tokens[at].Lower == "the");

    /// <summary>
    /// The spans after the copula that name signers: up to the clause's end, or, in a roll whose items semicolons part ("were
    /// the premier of X, A; the president of Y, B, who chaired the talks; and C"), each item up to its relative clause (see
    /// SemicolonRollInAgentList).
    /// </summary>
    private static IEnumerable<(int From, int To)> Items(List<Token> tokens, int copula)
    {
        var from = copula;
        while (from < tokens.Count)
        {
            var end = TokenScan.First(tokens, from + 1, static t => t.Text == ";" || t.Lower is "while" or "who" or "which" or "whereas", tokens.Count);
            yield return (from, end);
            if (end < tokens.Count && tokens[end].Lower is "who" or "which") end = TokenScan.First(tokens, end + 1, static t => t.Text == ";", tokens.Count);
            if (end >= tokens.Count || !SemicolonRollInAgentList.Continues(tokens, end)) yield break;
            from = end;
        }
    }

    /// <summary>The people after the copula and before the clause's end (a method of its own: the filter's closure is made only for a sentence of this shape).</summary>
    private static IEnumerable<Mention> Between(IReadOnlyList<Mention> mentions, int copula, int end) =>
        mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart > copula && m.TokenStart < end);
}
