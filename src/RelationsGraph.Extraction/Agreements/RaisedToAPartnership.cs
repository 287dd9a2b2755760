using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "A and B raised their relations to a maritime partnership", "the leaders agreed to elevate ties between A and B to the
/// level of a Comprehensive Partnership", "relations are being raised to a green partnership": a partnership that a verb
/// of raising takes relations up to is the tier the sides confer on each other right then, a framework they agree (the
/// pattern: diplomatic reports tell an upgrade of relations as raising them "to" a named partnership). "discussed raising",
/// "will lift" and "a statement elevating ties to" tell no upgrade made by the sentence's own subject.
/// </summary>
internal static class RaisedToAPartnership
{
    private static readonly FrozenSet<string> RaisingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "raise", "raised", "raises", "elevate", "elevated", "elevates", "upgrade", "upgraded", "upgrades", "lift", "lifted", "lifts" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RelationNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "relations", "ties", "relationship" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a bare "raise" that make it a plan, a wish or a denial.</summary>
    private static readonly FrozenSet<string> NotReported = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "will", "would", "could", "can", "may", "might", "must", "shall", "should", "not", "never", "did", "does", "do", "cannot" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs whose "to raise" was carried out: "agreed to raise", "decided to elevate".</summary>
    private static readonly FrozenSet<string> ResolvingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "agreed", "decided", "agree", "decide" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the partnership noun at <paramref name="noun"/> is the goal "to" of a verb raising relations.</summary>
    public static bool At(List<Token> tokens, int noun) => Find(tokens, noun).Verb >= 0;

    /// <summary>
    /// "the president's state visit in August 2014, when A and B raised their relations to ...", "since the 2007 visit, during which the two
    /// countries raised ...": a relative clause of time or place hung on an earlier event tells an upgrade made then, not at the
    /// meeting the story reports.
    /// </summary>
    public static bool InARecalledClause(List<Token> tokens, int noun)
    {
        var (verb, relations) = Find(tokens, noun);
        if (verb < 0) return false;
        for (var k = Math.Min(verb, relations) - 1; k >= 1 && k >= verb - 10; k--)
        {
            if (tokens[k].Text is "." or ";" or ":") return false;
            if (tokens[k].Lower is "when" or "where" && tokens[k - 1].Text == ",") return true;
            if (tokens[k].Lower == "which" && k >= 2 && tokens[k - 1].Lower is "during" or "in" or "at" && tokens[k - 2].Text == ",") return true;
        }
        return false;
    }

    /// <summary>The raising verb and the relations noun of a partnership noun raised to; Verb is -1 when none.</summary>
    private static (int Verb, int Relations) Find(List<Token> tokens, int noun)
    {
        if (tokens[noun].Lower != "partnership") return (-1, -1);
        // Back to "to" over the partnership's own words: "to a 'comprehensive strategic' partnership", "to the level of an Enhanced ...".
        var to = noun - 1;
        for (; to >= 0 && noun - to <= 10 && tokens[to].Lower != "to"; to--)
            if (tokens[to].Text is "," or ";" or "." or ":" or "(" or ")") return (-1, -1);
        if (to < 1 || tokens[to].Lower != "to") return (-1, -1);
        // The relations noun before "to", with "between A and B" after it at most.
        for (var r = to - 1; r >= 0 && to - r <= 10; r--)
        {
            if (tokens[r].Text is ";" or "." or ":" or "(" or ")") return (-1, -1);
            if (!RelationNouns.Contains(tokens[r].Text)) continue;
            // Active: "raised their relations", "elevate the bilateral relationship".
            for (var v = r - 1; v >= 0 && v >= r - 3; v--)
                if (RaisingVerbs.Contains(tokens[v].Text)) return Reported(tokens, v) ? (v, r) : (-1, -1);
            // Passive: "relations between A and B were being raised to".
            for (var v = r + 1; v < to; v++)
                if (RaisingVerbs.Contains(tokens[v].Text) && tokens[v].Lower.EndsWith("ed", StringComparison.Ordinal))
                    return !NotReported.Contains(tokens[v - 1].Text) ? (v, r) : (-1, -1);
            return (-1, -1);
        }
        return (-1, -1);
    }

    /// <summary>The raising verb at <paramref name="v"/> reports an upgrade made: a finite form, or "to raise" after a verb of resolving.</summary>
    private static bool Reported(List<Token> tokens, int v)
    {
        if (v == 0) return true;
        var before = tokens[v - 1].Text;
        if (NotReported.Contains(before)) return false;
        // "agreed to raise", "decided on Thursday to elevate": a verb of resolving a few words before "to".
        if (tokens[v - 1].Lower == "to")
        {
            for (var k = v - 2; k >= 0 && k >= v - 5 && tokens[k].IsWord; k--)
                if (ResolvingVerbs.Contains(tokens[k].Text)) return true;
            return false;
        }
        return true;
    }
}
