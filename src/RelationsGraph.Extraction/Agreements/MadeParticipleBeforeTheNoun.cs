using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The two leaders hold up the signed declaration", "the ministers exchanged the signed treaty", "under the agreed
/// ceasefire": a participle of making set between "the" and the document noun describes a document already made, as an
/// adjective does; it is no verb concluding a new one, so the phrase keeps its "the" and points back to the document the
/// story told (the pattern: "the signed X" presumes X known). The caption under a signing photograph is the common case.
/// </summary>
internal static class MadeParticipleBeforeTheNoun
{
    private static readonly FrozenSet<string> MakingParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signed", "agreed", "sealed", "concluded", "adopted", "inked", "finalised", "finalized" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "that" is left out: "warned that signed treaties bind" opens a clause, not a noun phrase.
    private static readonly FrozenSet<string> DefiniteOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "this", "their", "its" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the token at <paramref name="k"/> is such a participle right before the document noun at <paramref name="noun"/>.</summary>
    public static bool At(List<Token> tokens, int k, int noun) =>
        k == noun - 1 && k >= 1 && MakingParticiples.Contains(tokens[k].Text) && DefiniteOpeners.Contains(tokens[k - 1].Text);
}
