using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "X, Ruritania's State Secretary at the Interior Ministry, said", "Y, the Deputy Secretary at the Ministry of Trade, who":
/// a junior post is told with the ministry it sits in, "at" (or, after a portfolio, "in") and that ministry's capitalised
/// name after the title (pattern: an office placed in its department), so the apposition goes on past that name to its
/// close and the title and country stay those of the office before it.
/// </summary>
internal static class MinistryOfThePost
{
    /// <summary>Capitalised nouns that head a department of government.</summary>
    private static readonly FrozenSet<string> DepartmentNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "Ministry", "Office", "Department", "Chancellery", "Secretariat",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Most words of the department's name ("the Ministry of Fisheries and Coastal Affairs").</summary>
    private const int MaxNameWords = 7;

    /// <summary>At <paramref name="end"/>, right after the office's title: the index after "at/in the [department name]", or <paramref name="end"/>.</summary>
    public static int End(List<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Lower is not ("at" or "in") || tokens[end + 1].Lower != "the") return end;
        var k = end + 2;
        var department = false;
        for (; k < tokens.Count && k - end - 2 < MaxNameWords; k++)
        {
            if (tokens[k].IsWord && tokens[k].IsCapitalized) department |= DepartmentNouns.Contains(tokens[k].Text);
            else if (!(tokens[k].Lower is "of" or "and" && department)) break;
        }
        // The name closes on a capitalised word, not on a trailing "of"/"and".
        while (k > end + 2 && !tokens[k - 1].IsCapitalized) k--;
        return department ? k : end;
    }
}
