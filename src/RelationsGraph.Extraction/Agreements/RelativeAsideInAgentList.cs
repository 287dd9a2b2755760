using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "was signed by A, who hosted the talks, B, the foreign minister of Y, and C": a relative clause set off by commas that
/// describes one agent of a "by" list does not end the list when another item follows its closing comma (the pattern: a
/// list of signers whose items carry clauses of their own; the clause is skipped whole, so its own "in"/"at" ends nothing).
/// </summary>
internal static class RelativeAsideInAgentList
{
    /// <summary>How many words a relative aside may hold.</summary>
    private const int Reach = 12;

    /// <summary>
    /// The closing comma of a relative aside opening at <paramref name="k"/> ("who" right after a comma), when the list goes
    /// on after it with "and" or a capitalised word; -1 otherwise.
    /// </summary>
    public static int ClosingComma(List<Token> tokens, int k)
    {
        if (tokens[k].Lower != "who" || k == 0 || tokens[k - 1].Text != ",") return -1;
        for (var j = k + 1; j < tokens.Count && j <= k + Reach; j++)
        {
            var t = tokens[j];
            if (t.Text is ";" or ":" or "." or "\"" or "(" || t.Lower is "said" or "says" or "told" or "who" or "which") return -1;
            if (t.Text != ",") continue;
            if (j + 1 >= tokens.Count) return -1;
            var next = tokens[j + 1];
            return next.Lower == "and" || next.IsWord && next.IsCapitalized ? j : -1;
        }
        return -1;
    }
}
