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
    /// <param name="noun">The document noun.</param>
    public static bool At(List<Token> tokens, int start, int noun) =>
        start >= 1 && tokens[start - 1].Lower == "without" && tokens[start].Lower is "a" or "an" or "any"
        // "the talks broke up without agreement on the border", "parted without accord": the bare noun after "without" is
        // the idiom "no agreement was reached", never a document.
        || noun >= 1 && tokens[noun - 1].Lower == "without";
}
