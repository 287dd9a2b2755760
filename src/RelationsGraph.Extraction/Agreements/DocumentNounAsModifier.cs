using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Australia's first new treaty ally", "refused to reopen the treaty text", "agreement talks stalled": a lower-case document
/// noun right before a lower-case noun of the relations it qualifies (an ally, a text, talks, obligations) is that noun's
/// modifier, not a document of its own (the pattern: in an English compound the last noun is the head). "Reached agreement
/// in principle", "reach agreement on the budget": a bare "agreement" after the verb of reaching is the state of agreeing,
/// not a document; "reached an agreement" keeps its article and stays a document.
/// </summary>
internal static class DocumentNounAsModifier
{
    private static readonly FrozenSet<string> DocumentNouns = new HashSet<string>(StringComparer.Ordinal)
        { "treaty", "agreement", "accord", "deal", "pact", "declaration", "protocol", "memorandum" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns a document noun qualifies: the document is not the thing named.</summary>
    private static readonly FrozenSet<string> QualifiedNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "ally", "allies", "alliance", "alliances", "partner", "partners", "talks", "negotiations", "negotiators",
        "text", "texts", "language", "wording", "regime", "obligations", "commitments", "rights", "status", "system",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReachingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "reach", "reached", "reaches", "reaching" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the document noun at <paramref name="i"/> only qualifies the noun after it, or names the state of agreeing.</summary>
    public static bool At(List<Token> tokens, int i)
    {
        var noun = tokens[i].Text;
        if (!DocumentNouns.Contains(noun)) return false;
        if (i + 1 < tokens.Count && QualifiedNouns.Contains(tokens[i + 1].Text)) return true;
        return noun == "agreement" && i > 0 && ReachingVerbs.Contains(tokens[i - 1].Text);
    }
}
