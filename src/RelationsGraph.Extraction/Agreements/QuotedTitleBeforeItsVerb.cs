using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The Harbour Declaration, titled \"Open Seas for All\", was adopted on Monday", "the document, formally entitled \"X\",
/// was signed": a quoted second name set off between the document and its passive verb leaves the verb further from the noun
/// than a plain name would, yet the verb still makes the document (the pattern: a parenthetical title is skipped over, and the
/// clause goes on with the document as its subject).
/// </summary>
internal static class QuotedTitleBeforeItsVerb
{
    private static bool IsOpening(Token t) => t.Text is "\"" or "\u201c";
    private static bool IsClosing(Token t) => t.Text is "\"" or "\u201d";

    /// <summary>The first token after a quoted title (and its comma) that follows the document's name, else -1.</summary>
    /// <param name="afterName">The first token after the document's name (and its topic).</param>
    public static int After(List<Token> tokens, int afterName)
    {
        var k = afterName;
        if (k >= tokens.Count || tokens[k].Text != ",") return -1;
        k++;
        if (k < tokens.Count && tokens[k].Lower is "formally" or "officially") k++;
        if (k < tokens.Count && tokens[k].Lower is "titled" or "entitled" or "called" or "named") k++;
        if (k >= tokens.Count || !IsOpening(tokens[k])) return -1;
        var open = k;
        for (k = open + 1; k < tokens.Count && k <= open + 30; k++)
        {
            if (!IsClosing(tokens[k]) || k == open + 1) continue;
            k++;
            if (k < tokens.Count && tokens[k].Text == ",") k++;
            return k;
        }
        return -1;
    }

    /// <summary>Whether the passive right after the quoted title ("was adopted", "were signed") is one of the concluding verbs.</summary>
    public static bool Concludes(List<Token> tokens, int afterName, Func<Token, bool> concluding)
    {
        var k = After(tokens, afterName);
        if (k < 0 || k >= tokens.Count || tokens[k].Lower is not ("was" or "were")) return false;
        k++;
        if (k < tokens.Count && tokens[k].Lower is "formally" or "unanimously" or "also" or "then" or "later") k++;
        return k < tokens.Count && concluding(tokens[k]);
    }
}
