using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Troops pull back once a peace accord is signed", "until the deal is concluded", "when the treaty has been signed":
/// English tells a future event in the present tense inside a clause of time or condition, so a document made in such a
/// clause is still to be made (the pattern: a subordinate clause of time or condition in the present refers to the future).
/// </summary>
internal static class MadeInAFutureClause
{
    private static readonly FrozenSet<string> Subordinators = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "once", "when", "whenever", "until", "till", "unless", "if", "before", "after" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PresentAuxiliaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "is", "are" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> MakingParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signed", "concluded", "reached", "agreed", "adopted", "finalised", "finalized", "sealed", "struck", "inked", "initialled", "initialed", "completed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="start">The first token of the reference (its determiner).</param>
    /// <param name="after">The first token after its name and topic.</param>
    public static bool At(List<Token> tokens, int start, int after)
    {
        if (!OpensAClause(tokens, start)) return false;
        var k = after;
        if (k < tokens.Count && PresentAuxiliaries.Contains(tokens[k].Text)) k++;
        else if (k + 1 < tokens.Count && tokens[k].Lower is "has" or "have" && tokens[k + 1].Lower == "been") k += 2;
        else return false;
        if (k < tokens.Count && tokens[k].Lower is "finally" or "formally" or "eventually" or "fully") k++;
        return k < tokens.Count && MakingParticiples.Contains(tokens[k].Text);
    }

    // "once a deal", "as soon as the accord", "only when a treaty": the subordinator stands right before the reference.
    private static bool OpensAClause(List<Token> tokens, int start) =>
        start > 0 && (Subordinators.Contains(tokens[start - 1].Text)
                      || start > 2 && tokens[start - 1].Lower == "as" && tokens[start - 2].Lower == "soon" && tokens[start - 3].Lower == "as");
}
