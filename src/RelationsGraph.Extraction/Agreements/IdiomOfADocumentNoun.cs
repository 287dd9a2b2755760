using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// Fixed phrases in which a document noun names no document (the pattern: an idiom's noun is part of the idiom): "a great deal
/// of ceremony", "a good deal of doubt" measure an amount; "within the framework of a wider union", "under the framework of
/// the old accord" mean "as part of" (the document, if any, is the one after "of"); "Plan B" is a fallback, not a text.
/// </summary>
internal static class IdiomOfADocumentNoun
{
    public static bool At(List<Token> tokens, int noun)
    {
        // "MPs debate the Plan B", "a Plan B for the summit": a plan lettered as a fallback is a figure of speech, not a text.
        if (tokens[noun].Text == "Plan" && noun + 1 < tokens.Count && tokens[noun + 1].Text is { Length: 1 } letter && char.IsUpper(letter[0])) return true;
        if (noun + 1 >= tokens.Count || tokens[noun + 1].Lower != "of" || tokens[noun].IsCapitalized) return false;
        if (tokens[noun].Text == "deal") return noun >= 1 && tokens[noun - 1].Lower is "great" or "good";
        return tokens[noun].Text == "framework" && noun >= 2 && tokens[noun - 1].Lower == "the" && tokens[noun - 2].Lower is "in" or "within" or "under" or "into" or "outside" or "beyond";
    }
}
