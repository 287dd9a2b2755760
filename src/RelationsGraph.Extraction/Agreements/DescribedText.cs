using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X signed the same text", "put their signatures to the brief text", "initialled the draft text": "text" with a word or
/// two describing the paper between "the" and it is the document a signing verb governs, as a bare "the text" is (the
/// pattern: the news refers back to the document being signed by the paper itself, with the words that set it off: same,
/// short, final, 14-point).
/// </summary>
internal static class DescribedText
{
    /// <summary>How many describing words may stand between "the" and "text".</summary>
    private const int Reach = 3;

    /// <summary>Whether the "text" at <paramref name="i"/> is a described text that a signing verb governs.</summary>
    public static bool At(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "text" || i + 1 < tokens.Count && tokens[i + 1].Lower == "of") return false;
        for (var k = i - 1; k >= 0 && k >= i - 1 - Reach; k--)
        {
            if (tokens[k].Lower == "the") return k < i - 1 && SigningVerb.HasObjectAt(tokens, k);
            // Lower-case describing words and counts ("14-point") only: a capitalised word makes a title, punctuation ends the phrase.
            if (!(tokens[k].IsWord && !tokens[k].IsCapitalized || tokens[k].Text == "-")) return false;
        }
        return false;
    }
}
