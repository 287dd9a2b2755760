using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "a joint ministerial statement", "a joint leaders' statement": a joint statement may name its makers, or their rank, between
/// "joint" and the noun; it is still the text the sides issue together (the pattern: news tells a meeting's written outcome by
/// who put it out). A bare "the leaders' statement" is left alone: at a wide gathering it need not bind every state there.
/// </summary>
internal static class StatementOfItsMakers
{
    private static readonly HashSet<string> Makers = ["leaders", "ministers"];

    public static bool At(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "statement" || i < 2) return false;
        // "a joint ministerial statement": the ministers' rank between "joint" and the noun.
        if (tokens[i - 1].Lower == "ministerial" && tokens[i - 2].Lower == "joint") return true;
        // "a joint leaders' statement": the plural possessive of the group that issued it.
        return i >= 3 && tokens[i - 1].Text is "'" or "\u2019" && Makers.Contains(tokens[i - 2].Lower) && !tokens[i - 2].IsCapitalized
               && tokens[i - 2].End == tokens[i - 1].Start && tokens[i - 3].Lower == "joint";
    }
}
