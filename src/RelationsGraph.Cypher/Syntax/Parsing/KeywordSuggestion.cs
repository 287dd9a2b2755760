namespace RelationsGraph.Cypher.Syntax.Parsing;

/// <summary>Finds the keyword a misspelt word was probably meant to be ("RETRUN" → "RETURN").</summary>
internal static class KeywordSuggestion
{
    private static readonly string[] Candidates =
    [
        .. Keywords.ClauseStarts, "WHERE", "ORDER", "BY", "SKIP", "LIMIT", "AS", "DISTINCT", "UNION", "YIELD",
        "AND", "OR", "XOR", "NOT", "CONTAINS", "STARTS", "ENDS", "CASE", "WHEN", "THEN", "ELSE", "END",
    ];

    public static string? For(string word)
    {
        if (word.Length < 3) return null;
        var upper = word.ToUpperInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in Candidates)
        {
            var distance = Distance(upper, candidate);
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }
        // One edit for short words, two for longer ones; an exact match is not a misspelling.
        var allowed = upper.Length <= 4 ? 1 : 2;
        return bestDistance > 0 && bestDistance <= allowed ? best : null;
    }

    /// <summary>Edit distance counting an adjacent transposition as one edit (optimal string alignment).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
