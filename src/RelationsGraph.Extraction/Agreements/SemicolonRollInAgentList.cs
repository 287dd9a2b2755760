using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "was signed by A of X; B, the foreign minister of Y; and, for the hosts, C": when the items of a list of agents hold
/// commas of their own, semicolons part the items, so a semicolon followed by another item (a name or a title, after an
/// optional "and" and a short aside set off by commas) ends no list (the pattern: semicolons as the separators of a list
/// whose items are described). A semicolon followed by a clause of its own ("; the others were absent") still ends it.
/// An item may repeat the passive's "by" ("signed by A, the envoy, for X; by B and his deputy, C, for Y; and by D"): each
/// "by" after a semicolon opens the next agent of the same roll (the pattern: a repeated preposition heads each item of a list).
/// </summary>
internal static class SemicolonRollInAgentList
{
    /// <summary>How many words an item after a semicolon may hold before the next semicolon or the sentence's end.</summary>
    private const int ItemReach = 24;
    /// <summary>How many words a short aside after "and" may hold ("and, for the hosts,").</summary>
    private const int AsideReach = 5;

    /// <summary>Finite verbs and verbs of saying: an item of a list holds none, a clause of its own does.</summary>
    private static readonly FrozenSet<string> ClauseVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "can", "did", "does", "said", "says", "told", "added" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the semicolon at <paramref name="k"/> parts two items of the list of agents, the next one a name or a title.</summary>
    public static bool Continues(List<Token> tokens, int k)
    {
        if (tokens[k].Text != ";") return false;
        var j = k + 1;
        if (j < tokens.Count && tokens[j].Lower == "and") j++;
        // "; and, for the hosts, C": a short aside set off by commas before the item.
        if (j < tokens.Count && tokens[j].Text == ",")
        {
            var close = -1;
            for (var a = j + 1; a < tokens.Count && a <= j + AsideReach; a++)
                if (tokens[a].Text == ",") { close = a; break; }
            if (close < 0) return false;
            j = close + 1;
        }
        // "; by B, ...": the passive's "by" repeated at the head of the item.
        if (j < tokens.Count && tokens[j].Lower == "by") j++;
        if (j >= tokens.Count || !(tokens[j].IsWord && tokens[j].IsCapitalized || tokens[j].Lower == "the")) return false;
        // The item runs to the next semicolon or the sentence's end; a clause verb (or a signing verb: "; B signed for Y") in it makes it a clause, not an item.
        for (var e = j; e < tokens.Count && e <= j + ItemReach; e++)
        {
            if (tokens[e].Text is ";" or ".") return true;
            if (ClauseVerbs.Contains(tokens[e].Text) || SigningVerb.IsAt(tokens, e)) return false;
        }
        return true;
    }
}
