using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "They signed a truce deal; a final peace accord is due later. The truce deal took effect at midnight, and the final
/// accord will cover land": a definite reference whose describing word (truce, final, trade, border) was given to exactly
/// one document told before points back to that document, however often another was named (the pattern: a restrictive
/// modifier selects the antecedent that shares it).
/// </summary>
internal static class SharedModifier
{
    /// <summary>Modifiers that tell no document from another ("the new agreement", "the bilateral accord").</summary>
    private static readonly FrozenSet<string> GeneralModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "new", "joint", "same", "said", "latest", "signed", "bilateral", "trilateral", "main", "whole", "full", "formal", "landmark", "historic", "two", "three" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The one document not named yet in this sentence whose earlier references share a describing word with this one.</summary>
    public static Agreement? Select(List<Agreement> agreements, HashSet<Agreement> used, AgreementMention m)
    {
        var words = Modifiers(m).ToList();
        if (words.Count == 0) return null;
        var sharing = agreements.Where(a => !used.Contains(a) && a.Mentions.Any(x => x != m && Modifiers(x).Intersect(words).Any())).Take(2).ToList();
        return sharing.Count == 1 ? sharing[0] : null;
    }

    /// <summary>The lower-case words between the reference's determiner and its noun (a title's capitalised words are its name).</summary>
    private static IEnumerable<string> Modifiers(AgreementMention m)
    {
        var tokens = m.Sentence.Tokens;
        for (var k = m.TokenStart + 1; k < m.TokenEnd - 1 && k < tokens.Count; k++)
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && !GeneralModifiers.Contains(tokens[k].Text) && !char.IsDigit(tokens[k].Text[0]))
                yield return tokens[k].Lower;
    }
}
