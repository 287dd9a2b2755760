namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "the two leaders", "the pair", "both sides": a sentence that speaks of the participants of the
/// meeting under discussion without naming them.
/// </summary>
internal static class GroupReference
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal) { "leaders", "pair", "sides", "presidents", "delegations" };
    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal) { "two", "three", "four", "both", "the", "other" };

    public static bool In(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 1; i < tokens.Count; i++)
            if (Heads.Contains(tokens[i].Lower) && Quantifiers.Contains(tokens[i - 1].Lower)) return true;
        return false;
    }
}
