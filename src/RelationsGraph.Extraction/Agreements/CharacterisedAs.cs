using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The text, described by one side as a protocol, was signed ...", "a source described the pact as a framework", "which the
/// ministers hailed as a historic deal": an indefinite document noun after "as" that completes a verb of describing says what
/// a document already under discussion is like; it is a predicate, not a reference to another document (the pattern: "describe
/// X as a Y" characterises X, it does not introduce Y).
/// </summary>
internal static class CharacterisedAs
{
    private static readonly FrozenSet<string> DescribingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "describe", "describes", "described", "describing", "characterise", "characterises", "characterised", "characterising",
        "characterize", "characterizes", "characterized", "characterizing", "bill", "bills", "billed", "billing", "hail", "hails",
        "hailed", "hailing", "label", "labels", "labelled", "labeled", "term", "termed", "portray", "portrays", "portrayed",
        "tout", "touts", "touted", "brand", "brands", "branded",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="start">The first token of the document's noun phrase (its "a" or "an").</param>
    /// <param name="documentBefore">Whether the sentence told a document before this noun phrase.</param>
    public static bool At(List<Token> tokens, int start, bool documentBefore)
    {
        if (start < 2 || tokens[start].Lower is not ("a" or "an") || tokens[start - 1].Lower != "as") return false;
        // The verb may stand a little before "as", its agent or object between ("billed by the host as a record of the
        // talks and by its guests as a charter"); a sentence or clause break ends the search.
        for (var k = start - 2; k >= 0 && k >= start - 16; k--)
        {
            if (tokens[k].Text is "." or ";" or ":") return false;
            if (!DescribingVerbs.Contains(tokens[k].Text)) continue;
            // Something must already be described: a document told before in the sentence, or a pronoun that stands for one
            // ("described it as a memorandum", "which they hailed as a deal"); "what was billed as a deal" with no document
            // before may be the only telling of a new one.
            return documentBefore || DocumentWordBefore(tokens, k) || k + 1 < tokens.Count && tokens[k + 1].Lower is "it" or "this"
                   || k >= 1 && tokens[k - 1].Lower is "which" or "it" || k >= 2 && tokens[k - 2].Lower is "which" or "it";
        }
        return false;
    }

    /// <summary>"The text, released on Monday and described as a ...": a document word before the verb is what it describes.</summary>
    private static bool DocumentWordBefore(List<Token> tokens, int verb)
    {
        for (var k = 0; k < verb; k++)
            if (tokens[k].Lower is "text" or "document" || AgreementKinds.KindOf(tokens[k].Lower, k > 0 ? tokens[k - 1].Lower : null) is not null) return true;
        return false;
    }

    /// <summary>
    /// Whether the document noun at <paramref name="noun"/> is such a predicate of a document told before it ("The text,
    /// described by one side as a protocol, was signed by X": the verb signs the text, the protocol is no nearer document).
    /// </summary>
    public static bool NounAt(List<Token> tokens, int noun)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - 4 && tokens[k].IsWord; k--)
            if (tokens[k].Lower is "a" or "an") return At(tokens, k, documentBefore: true);
            else if (tokens[k].Lower is "the" or "this" or "that" or "as") return false;
        return false;
    }
}
