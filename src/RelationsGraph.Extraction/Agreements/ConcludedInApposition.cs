using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The Lusaka Charter, a ten-page text adopted on Friday by the six states, ...", "the accord, the first signed by both
/// sides, ...": a document described by an apposition whose participle makes it is concluded, however far the verb stands
/// from the name (the pattern: an apposition tells what its noun is, and its participle what was done to it).
/// </summary>
internal static class ConcludedInApposition
{
    private static readonly FrozenSet<string> MakingParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "adopted", "signed", "agreed", "issued", "concluded", "sealed", "inked", "endorsed", "approved", "initialled", "initialed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many words the apposition's head may take before its participle ("a 113-point document").</summary>
    private const int HeadReach = 7;

    /// <param name="nameEnd">The token right after the document's name.</param>
    public static bool At(List<Token> tokens, int nameEnd)
    {
        if (nameEnd + 2 >= tokens.Count || tokens[nameEnd].Text != "," || !Determiners.Contains(tokens[nameEnd + 1].Text)) return false;
        for (var k = nameEnd + 2; k < tokens.Count && k <= nameEnd + 1 + HeadReach; k++)
        {
            if (tokens[k].Text is "," or "." or ";" or ":" or "(" or "—" or "–") return false;
            if (MakingParticiples.Contains(tokens[k].Text)) return true;
        }
        return false;
    }
}
