using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// Headline writers and rival papers soon called the pact "the energy deal"; one minister preferred "the Riga accord": an
/// untitled definite reference wrapped whole in quotation marks is a name somebody gives a document already told, not a new
/// one (the pattern: quotation marks around a common noun phrase mention a name rather than use it).
/// </summary>
internal static class QuotedDocumentName
{
    /// <param name="start">The first token of the reference (its determiner).</param>
    /// <param name="end">The last token of its name.</param>
    public static bool At(List<Token> tokens, int start, int end) =>
        start > 0 && end + 1 < tokens.Count && IsQuote(tokens[start - 1].Text) && IsQuote(tokens[end + 1].Text);

    private static bool IsQuote(string text) => text is "\"" or "\u201c" or "\u201d" or "'" or "\u2018" or "\u2019";
}
