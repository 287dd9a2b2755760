using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "a joint statement titled the \"Spirit of Camp David\"", "a declaration entitled Partners for the Ocean": a capitalised name
/// after "titled" or "entitled" right behind the document noun is that document's title, though it holds no document word
/// (the pattern: a naming participle gives the noun before it its name).
/// </summary>
internal static class TitledAfterNoun
{
    private static readonly FrozenSet<string> InnerWords = new HashSet<string>(StringComparer.Ordinal) { "of", "on", "for", "and", "the", "to", "a", "in", "with" }.ToFrozenSet(StringComparer.Ordinal);

    /// <param name="noun">The document noun's last token.</param>
    public static string? At(Sentence sentence, int noun)
    {
        var tokens = sentence.Tokens;
        var k = noun + 1;
        if (k < tokens.Count && tokens[k].Text == ",") k++;
        if (k >= tokens.Count || tokens[k].Lower is not ("titled" or "entitled")) return null;
        k++;
        if (k < tokens.Count && tokens[k].Lower == "the") k++;
        if (k < tokens.Count && tokens[k].Text is "\"" or "\u201c") k++;
        if (k >= tokens.Count || !tokens[k].IsCapitalized || !tokens[k].IsWord) return null;
        var first = k;
        var last = k;
        for (; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord && tokens[k].IsCapitalized || tokens[k].Text == "-") last = k;
            else if (!InnerWords.Contains(tokens[k].Text)) break;
        }
        // "titled the Joint Leaders' Statement on ...": a name that goes on past a possessive, or holds a document word of its
        // own, is found as that document; it gives the noun before it no title here.
        if (last + 1 < tokens.Count && tokens[last + 1].Text is "'" or "\u2019") return null;
        if (Enumerable.Range(first, last - first + 1).Any(j => AgreementKinds.KindOf(tokens[j].Lower, j > 0 ? tokens[j - 1].Lower : null) is not null)) return null;
        return last > first ? sentence.Text[tokens[first].Start..tokens[last].End] : null;
    }
}
