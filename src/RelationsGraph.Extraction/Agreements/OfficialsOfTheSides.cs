using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Ministers of the two delegations signed a number of cooperation texts", "officials of the two sides signed 15 memoranda in the
/// presence of the presidents": a group phrase that only tells whose officials signed ("of" or "from" after a plural of
/// ministers or officials) names the officials, not the meeting's principals, so it does not make the leaders signers (the
/// pattern: visit copy tells the package signed by the cabinet or civil servants of each side while the leaders look on).
/// </summary>
internal static class OfficialsOfTheSides
{
    /// <summary>Plural nouns of the officials a side sends to sign on its behalf.</summary>
    private static readonly FrozenSet<string> Officials = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "ministers", "officials", "aides", "diplomats", "officers", "secretaries", "cabinet" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the group phrase whose number stands at <paramref name="number"/> is the complement of such officials ("ministers from both sides").</summary>
    public static bool At(List<Token> tokens, int number)
    {
        var k = number - 1;
        if (k >= 0 && tokens[k].Lower == "the") k--;
        if (k < 1 || tokens[k].Lower is not ("of" or "from")) return false;
        // "senior officials", "government ministers": one modifier may stand before the noun, never a name.
        return Officials.Contains(tokens[k - 1].Text);
    }
}
