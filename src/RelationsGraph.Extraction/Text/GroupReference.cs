namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "the two leaders", "the pair", "both sides": a sentence that speaks of the participants of the
/// meeting under discussion without naming them.
/// </summary>
internal static class GroupReference
{
    // "the two rivals signed", "all three men then signed": news names the people of a meeting by what they are to each other.
    private static readonly FrozenSet<string> Heads = new HashSet<string>(StringComparer.Ordinal) { "leaders", "pair", "sides", "presidents", "delegations", "rivals", "men" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Quantifiers = new HashSet<string>(StringComparer.Ordinal) { "two", "three", "four", "five", "both", "the", "other", "all" }.ToFrozenSet(StringComparer.Ordinal);

    public static bool In(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 1; i < tokens.Count; i++)
            if (Heads.Contains(tokens[i].Lower) && Quantifiers.Contains(tokens[i - 1].Lower)) return true;
        return false;
    }

    /// <summary>Whether the token is a noun the news uses for a meeting's people as a group ("leaders", "sides", "pair").</summary>
    public static bool IsHead(Token token) => Heads.Contains(token.Lower);
}
