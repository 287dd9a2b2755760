using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "A, B and C were also among the signing powers", "D and E were both among Thursday's signatories", "F and G were also
/// signatories", "Delegates of H and I were among the other signatories": states whose names alone make the subject of a
/// copula whose complement is the document's signers are its sides, beside those the story told before (the pattern: a
/// multilateral signing told first through its leading parties, then the rest of the roll in one closing sentence). The
/// document is the one told signed last, in this sentence or before it; "was not among the signatories" is left alone.
/// </summary>
internal static class AmongTheSignatories
{
    private static readonly FrozenSet<string> Copulas = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "are", "were", "is", "was" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Adverbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "also", "both", "all", "likewise", "too" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Words of the subject beside the states' names: "Delegates of A, B and C", "A as well as B", "Both A and B".</summary>
    private static readonly FrozenSet<string> SubjectWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ",", "and", "the", "both", "as", "well", "of", "delegates", "representatives", "envoys", "plenipotentiaries", "delegations" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Words between "among" and the signers' noun: "among the other", "among Thursday's", "among its original".</summary>
    private static readonly FrozenSet<string> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "its", "their", "other", "original", "first", "fellow", "remaining", "founding", "eventual" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> SignerNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "signatories", "signatory" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>"the signing powers", "the signatory states": a roll word before a plural of states.</summary>
    private static readonly FrozenSet<string> RollWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "signing", "signatory" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> StateHeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "powers", "states", "countries", "nations", "governments" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static void Assign(IReadOnlyList<Sentence> sentences, IReadOnlyList<Agreement> agreements, Func<Sentence, IEnumerable<Mention>> mentionsIn)
    {
        if (agreements.Count == 0) return;
        foreach (var sentence in sentences)
        {
            if (CopulaBeforeTheSigners(sentence.Tokens) is not { } verb) continue;
            var mentions = mentionsIn(sentence).Where(m => m.Kind == MentionKind.Country && m.EntityId is not null && !m.IsDemonym && m.TokenEnd <= verb).ToList();
            if (mentions.Count == 0 || !OnlyStatesBefore(sentence.Tokens, mentions, verb)) continue;
            // A roll of signers speaks of a document whose signing the story told: of the documents told before, the latest
            // one told as signed or agreed, not a treaty recalled in passing between ("join the X Treaty"); failing one, the last told.
            var bound = DocumentToldLast.Position(sentence.Index + 1, 0);
            var document = DocumentToldLast.Before(agreements.Where(a => a.Mentions.Any(m => m.Concluded && DocumentToldLast.Position(m) < bound)), bound)
                           ?? DocumentToldLast.Before(agreements, bound);
            if (document is null) continue;
            foreach (var country in mentions.Select(m => m.EntityId!).Distinct()) document.AmongItsSigners.TryAdd(country, sentence);
        }
    }

    /// <summary>The copula of "... were (also) among the (other) signatories", "... were also signatories", "... are among the signing powers", or null.</summary>
    internal static int? CopulaBeforeTheSigners(List<Token> tokens)
    {
        for (var v = 1; v < tokens.Count - 1; v++)
        {
            if (!Copulas.Contains(tokens[v].Text)) continue;
            var k = v + 1;
            while (k < tokens.Count && Adverbs.Contains(tokens[k].Text)) k++;
            var among = k < tokens.Count && tokens[k].Lower == "among";
            if (among) k++;
            // "among Thursday's signatories": a day's possessive stands where the article would.
            while (k < tokens.Count)
            {
                if (Determiners.Contains(tokens[k].Text)) k++;
                else if (among && k + 1 < tokens.Count && tokens[k].Lower.EndsWith("day", StringComparison.Ordinal) && tokens[k + 1].Text is "'s" or "’s") k += 2;
                else break;
            }
            if (k >= tokens.Count) return null;
            if (tokens[k].Lower == "signatories") return v;
            if (among && k + 1 < tokens.Count && RollWords.Contains(tokens[k].Text) && StateHeads.Contains(tokens[k + 1].Text)) return v;
            return null;
        }
        return null;
    }

    /// <summary>Every token before the copula is a state's name or a word that joins names ("Delegates of A, B and C").</summary>
    private static bool OnlyStatesBefore(List<Token> tokens, List<Mention> countries, int verb)
    {
        for (var i = 0; i < verb; i++)
        {
            if (countries.Any(m => m.TokenStart <= i && i < m.TokenEnd)) continue;
            if (!SubjectWords.Contains(tokens[i].Text)) return false;
        }
        return true;
    }
}
