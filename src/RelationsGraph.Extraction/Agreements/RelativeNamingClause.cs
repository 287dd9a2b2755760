using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The text, which most of the delegates took to calling the Harbour Accord", "the Partnership Agreement, which the
/// ministers decided on Tuesday to call the Lagoon Agreement", "the accord that scholars today call the Brenn Compact": a naming
/// verb inside a relative clause opened by "which" (or by "that" right after the document's noun) gives
/// the document the clause hangs on another name, however many words of subject, adverb or "agreed to" stand between "which"
/// and the verb (the pattern: a relative naming clause renames its antecedent). The clause is read back from the naming verb
/// to "which" within its own stretch: a comma, dash, bracket or full stop ends the search, so a "which" of an earlier clause
/// never counts.
/// </summary>
internal static class RelativeNamingClause
{
    /// <summary>How far back from the naming verb "which" may stand.</summary>
    private const int Reach = 12;

    /// <param name="tokens">The sentence.</param>
    /// <param name="verbAt">The naming verb ("call", "called", "dubbed").</param>
    public static bool Opens(List<Token> tokens, int verbAt)
    {
        for (var j = verbAt - 1; j >= 0 && verbAt - j <= Reach; j--)
        {
            if (tokens[j].Text is "," or "." or ";" or ":" or "(" or ")" or "-" or "--" or "\u2014" or "\u2013") return false;
            if (tokens[j].Lower == "which") return true;
            // "signed the pact that the papers soon called the X Compact": "that" right after a document noun opens the same relative clause.
            if (tokens[j].Lower == "that" && j >= 1 && (AgreementKinds.KindOf(tokens[j - 1].Lower, j >= 2 ? tokens[j - 2].Lower : "") is not null || tokens[j - 1].Lower is "document" or "text")) return true;
        }
        return false;
    }
}
