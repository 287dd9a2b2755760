using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "signed the roadmap with Lithuanian President A, Latvian Prime Minister B, Estonian Prime Minister C and D": the people
/// coordinated with a first name, each behind a comma or "and" and at most a short title (the pattern: one role given to a
/// list of names goes to every name of it). The list ends at a word that opens another clause or phrase.
/// </summary>
internal static class CoordinatedList
{
    /// <summary>Words that end a list of names: a clause or an adverbial phrase of its own begins.</summary>
    private static readonly FrozenSet<string> Ends = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".", ";", ":", "who", "whom", "which", "that", "while", "but", "after", "before", "said", "says", "told", "in", "at", "on", "with", "as", "to", "for", "by" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>How many words a title between two names may take ("Estonian Prime Minister").</summary>
    private const int Gap = 7;

    public static IEnumerable<Mention> From(List<Token> tokens, IReadOnlyList<Mention> persons, Mention first)
    {
        yield return first;
        var last = first;
        foreach (var next in persons.Where(p => p.TokenStart >= first.TokenEnd).OrderBy(p => p.TokenStart))
        {
            if (next.TokenStart - last.TokenEnd > Gap || !Joins(tokens, last.TokenEnd, next.TokenStart)) yield break;
            yield return next;
            last = next;
        }
    }

    /// <summary>A comma or "and" between the two names, and nothing that ends the list.</summary>
    private static bool Joins(List<Token> tokens, int from, int to)
    {
        var joined = false;
        for (var k = from; k < to; k++)
        {
            if (Ends.Contains(tokens[k].Text)) return false;
            joined |= tokens[k].Text == "," || tokens[k].Lower == "and";
        }
        return joined;
    }
}
