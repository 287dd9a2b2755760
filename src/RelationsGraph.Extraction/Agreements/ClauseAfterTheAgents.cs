using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "In the pact, signed by A and B, King X ceded the valley to King Y": a fronted participle phrase "signed by ..." ends at
/// the comma after which a name and a finite verb open the main clause; that subject, and every name after it, are no agents of
/// the signing (pattern: a passive participle phrase set before the clause it modifies, closed by a comma).
/// </summary>
internal static class ClauseAfterTheAgents
{
    /// <summary>
    /// Where the main clause opens after the agents that follow <paramref name="by"/>: the comma before a person whose name is
    /// followed by a finite verb; <see cref="int.MaxValue"/> when none does within reach.
    /// </summary>
    public static int Start(List<Token> tokens, List<Mention> persons, int by)
    {
        foreach (var p in persons)
        {
            if (p.TokenStart <= by + 2 || p.TokenStart > by + 40) continue;
            // Back over a title before the name ("King", "the Emperor") to the comma.
            var comma = p.TokenStart - 1;
            while (comma > by && p.TokenStart - comma <= 3 && (tokens[comma].IsCapitalized && tokens[comma].IsWord || tokens[comma].Lower == "the")) comma--;
            if (tokens[comma].Text != ",") continue;
            // At least one agent stands before the comma.
            if (!persons.Any(q => q.TokenStart > by && q.TokenEnd <= comma)) continue;
            if (p.TokenEnd < tokens.Count && IsFiniteVerb(tokens[p.TokenEnd])) return comma;
        }
        return int.MaxValue;
    }

    private static bool IsFiniteVerb(Token t) =>
        t.IsWord && !t.IsCapitalized && (t.Text.Length > 4 && t.Text.EndsWith("ed", StringComparison.Ordinal) && t.Lower is not ("signed" or "based" or "appointed" or "named" or "elected" or "accompanied" or "backed" or "led")
                                         || t.Lower is "gave" or "made" or "took" or "sent" or "kept" or "won" or "lost" or "left" or "held" or "said" or "told" or "wrote" or "became" or "began" or "ceded" or "paid" or "sold" or "got");
}
