using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "No agreement was signed and no joint statement was issued": a document noun under "no", whose clause then says it was
/// signed, issued or adopted, tells that none was made (the pattern: a negative determiner denies the whole clause, as
/// "did not sign" does before the noun).
/// </summary>
internal static class NoneWasMade
{
    private static readonly FrozenSet<string> Auxiliaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "was", "were", "has", "have", "had", "been", "is", "are", "will", "be", "would" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> MakingParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signed", "inked", "issued", "adopted", "agreed", "reached", "concluded", "released", "struck", "sealed", "initialled", "initialed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="start">Where the document's phrase begins.</param>
    /// <param name="nounEnd">The last word of the document noun.</param>
    public static bool At(List<Token> tokens, int start, int nounEnd)
    {
        // The phrase may begin at "no" or right after it ("no" is no determiner of the phrase).
        if (tokens[start].Lower != "no" && !(start > 0 && tokens[start - 1].Lower == "no")) return false;
        var k = nounEnd + 1;
        var auxiliaries = 0;
        while (k < tokens.Count && Auxiliaries.Contains(tokens[k].Text)) { k++; auxiliaries++; }
        return auxiliaries > 0 && k < tokens.Count && MakingParticiples.Contains(tokens[k].Text);
    }
}
