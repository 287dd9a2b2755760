using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "signed in the Belvarian capital, Ostra", "the accord sealed at Ostra": a capital city that a government may stand for
/// ("Ostra and Varn signed") is only a place when the text sets it after a settlement noun in apposition or after "in"
/// or "at" (the pattern: a place preposition or an appositive of "capital"/"city" makes the name a where, not a who).
/// </summary>
internal static class CapitalAsPlace
{
    private static readonly FrozenSet<string> SettlementNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "capital", "city", "town", "port" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="start">The capital's first token.</param>
    public static bool At(List<Token> tokens, int start)
    {
        if (start >= 1 && tokens[start - 1].Lower is "in" or "at") return true;
        return start >= 2 && tokens[start - 1].Text == "," && SettlementNouns.Contains(tokens[start - 2].Text);
    }
}
