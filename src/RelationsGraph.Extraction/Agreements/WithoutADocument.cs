using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "had come to the capital once before and left without a treaty", "the summit ended without a joint declaration", "talks
/// broke up without any agreement": an indefinite document that is the object of "without" is one nobody made (the pattern:
/// "without" denies its object as "did not sign" does, whatever verb stands before it), so it names no document and takes
/// no later "the treaty" from the document the story reports made.
/// </summary>
internal static class WithoutADocument
{
    /// <param name="start">Where the document's phrase begins (its article).</param>
    public static bool At(List<Token> tokens, int start) =>
        start >= 1 && tokens[start - 1].Lower == "without" && tokens[start].Lower is "a" or "an" or "any";
}
