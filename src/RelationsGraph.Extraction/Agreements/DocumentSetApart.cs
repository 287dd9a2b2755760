using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "A separate memorandum", "a companion treaty", "a similar pact", "another agreement", "a second accord", "They also signed a treaty": an indefinite reference the
/// text marks as distinct from the documents already told is a document of its own (the pattern: a marker of otherness
/// before an indefinite noun starts a new document; "the memorandum" still refers back).
/// </summary>
internal static class DocumentSetApart
{
    private static readonly FrozenSet<string> OthernessWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "separate", "further", "additional", "distinct", "companion", "parallel", "accompanying",
          // "Norvia signed a similar memorandum with Estmark", "days after a comparable accord with Vessa": a document
          // likened to the one told is another of its kind, made with someone else.
          "similar", "comparable", "identical", "matching" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Indefinites = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "an" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Possessives = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "its", "their", "his", "her" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="start">The first token of the reference (its determiner).</param>
    /// <param name="noun">The document noun.</param>
    public static bool At(List<Token> tokens, int start, int noun)
    {
        if (start >= noun) return false;
        // "another" is no determiner of the phrase finder, so it may stand anywhere before the noun.
        if (Enumerable.Range(start, noun - start).Any(k => tokens[k].Lower == "another")) return true;
        // "Norland signed its own Treaty of Kessel", "their own accord": a possessive with "own" marks the owner's document, apart
        // from the one told before (the pattern: "own" contrasts one party's document with another's).
        if (start + 1 < noun && Possessives.Contains(tokens[start].Text) && tokens[start + 1].Lower == "own") return true;
        if (!Indefinites.Contains(tokens[start].Text)) return false;
        // "a separate memorandum", "an additional protocol": the marker stands among the noun's modifiers.
        if (Enumerable.Range(start + 1, noun - start - 1).Any(k => OthernessWords.Contains(tokens[k].Text) || Ordinals.CountsPastFirst(tokens[k].Text))) return true;
        // "They also signed a memorandum on ...": "also" before the verb that governs the new reference.
        for (var k = start - 1; k >= Math.Max(0, start - 4); k--)
            if (tokens[k].Lower == "also") return Enumerable.Range(k + 1, start - k - 1).Any(j => SigningVerb.IsAt(tokens, j) || tokens[j].Lower is "signed" or "inked" or "concluded" or "adopted");
        return false;
    }
}
