using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "President A and the rebels' top commander, B, who is better known as C, put their signatures to the text": the verb reaches
/// B past his relative clause, and A, joined to B by "and" (or a list comma) with at most a title between, is a subject of the
/// same verb (the pattern: every member of a coordinated subject shares its verb, however the last member is set apart).
/// </summary>
internal static class CoordinatedBefore
{
    /// <summary>Words that end a list of names: a clause or an adverbial phrase of its own begins.</summary>
    private static readonly FrozenSet<string> Ends = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".", ";", ":", "who", "whom", "which", "that", "while", "but", "after", "before", "said", "says", "told", "in", "at", "on", "with", "as", "to", "for", "by", "of" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>How many words a title between two names may take ("the rebels' top commander,").</summary>
    private const int Gap = 8;

    /// <summary>The subjects found, with every person coordinated before the first of them, each in turn.</summary>
    public static List<Mention> Extend(List<Token> tokens, IReadOnlyList<Mention> persons, List<Mention> subjects, Func<Mention, bool> admissible)
    {
        var all = subjects.ToList();
        var first = subjects.MinBy(p => p.TokenStart)!;
        var last = subjects.Max(p => p.TokenStart);
        // "A, B and C": a list comma counts once an "and" closes the list after it.
        var closed = Enumerable.Range(first.TokenStart, last - first.TokenStart).Any(k => tokens[k].Lower == "and");
        foreach (var earlier in persons.Where(p => p.TokenEnd <= first.TokenStart).OrderByDescending(p => p.TokenStart))
        {
            var apposition = Apposition(tokens, earlier.TokenEnd, first.TokenStart);
            if (first.TokenStart - earlier.TokenEnd > (apposition ? AppositionGap : Gap) || (apposition ? (true, true) : Joins(tokens, earlier.TokenEnd, first.TokenStart)) is not (true, var byAnd)
                || !(byAnd || closed) || !admissible(earlier)) break;
            closed |= byAnd;
            if (!all.Contains(earlier)) all.Add(earlier);
            first = earlier;
        }
        return all;
    }

    /// <summary>How many words a description set off by commas may take ("chairman of the Trade Council of X").</summary>
    private const int AppositionGap = 14;

    /// <summary>Words of a clause or a report: a description holding one is no apposition.</summary>
    private static readonly FrozenSet<string> NotInAnApposition = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".", ";", ":", "(", ")", "who", "whom", "whose", "which", "that", "while", "but", "said", "says", "told", "when", "where", "and", "or", "with", "by", "for" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "A, chairman of the Trade Council of X, and B": the name's description set off by commas, then ", and" right before the
    /// next name; the description's own "of" and "in" end no list (the pattern: an apposition belongs to the name before it).
    /// </summary>
    private static bool Apposition(List<Token> tokens, int from, int to)
    {
        if (to - from < 4 || tokens[from].Text != "," || tokens[to - 1].Lower != "and" || tokens[to - 2].Text != ",") return false;
        for (var k = from + 1; k < to - 2; k++)
            if (NotInAnApposition.Contains(tokens[k].Text) || tokens[k].Text == "," || tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>An "and", or a comma that a later "and" closes, between the two names, and nothing that ends the list.</summary>
    private static (bool Joined, bool ByAnd) Joins(List<Token> tokens, int from, int to)
    {
        var (comma, and) = (false, false);
        for (var k = from; k < to; k++)
        {
            if (Ends.Contains(tokens[k].Text) || tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal)) return (false, false);
            comma |= tokens[k].Text == ",";
            and |= tokens[k].Lower == "and";
        }
        return (comma || and, and);
    }
}
