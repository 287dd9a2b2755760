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
            if ((next.TokenStart - last.TokenEnd > Gap || !Joins(tokens, last.TokenEnd, next.TokenStart)) && !AfterApposition(tokens, last.TokenEnd, next.TokenStart)
                && !AfterApposition(tokens, AfterTheSide(tokens, last.TokenEnd, next.TokenStart), next.TokenStart)) yield break;
            yield return next;
            last = next;
        }
    }

    /// <summary>Words that open the description of a person set off by commas ("A, his foreign minister, B").</summary>
    private static readonly FrozenSet<string> DescriptionStarts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "his", "her", "its", "their", "a", "an" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Words no description holds: a clause of its own, or the list's end.</summary>
    private static readonly FrozenSet<string> ClauseWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".", ";", ":", "who", "whom", "which", "that", "while", "but", "said", "says", "told", "is", "was", "were", "are", "has", "had", "have" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>How many words a description between two names may take.</summary>
    private const int DescriptionReach = 14;

    /// <summary>
    /// "with A, his foreign minister, B, the secretary of state for trade, and C": the items of a list may each carry a
    /// description set off by commas, opened by a determiner or a possessive; between the description's closing comma (and
    /// an "and") the next name follows at once (the pattern: a list of described people is still a list).
    /// </summary>
    private static bool AfterApposition(List<Token> tokens, int from, int to)
    {
        if (from >= tokens.Count || tokens[from].Text != "," || from + 1 >= to || to - from > DescriptionReach + 3) return false;
        var open = tokens[from + 1];
        if (!DescriptionStarts.Contains(open.Text) && !(from + 2 < to && tokens[from + 2].Text is "'s" or "’s")) return false;
        // The description's closing comma, then "and" or nothing, then the next name.
        var close = to - 1;
        if (close > from && tokens[close].Lower == "and") close--;
        if (close <= from + 1 || tokens[close].Text != ",") return false;
        for (var k = from + 1; k < close; k++)
            if (ClauseWords.Contains(tokens[k].Text) || tokens[k].Text == ",") return false;
        return true;
    }

    /// <summary>How many words the side after a listed name may take ("of the United Arab Emirates").</summary>
    private const int SideReach = 6;

    /// <summary>
    /// "A of Y, the Emir of Z, B": where the comma after a name's own side stands, when an "of" and capitalised words follow
    /// the name; else <paramref name="from"/> (the pattern: "King A of Y" keeps its country with the name, so the description
    /// of the next item opens after it).
    /// </summary>
    private static int AfterTheSide(List<Token> tokens, int from, int to)
    {
        if (from >= to || tokens[from].Lower != "of") return from;
        var k = from + 1;
        while (k < to && k - from <= SideReach && (tokens[k].IsWord && tokens[k].IsCapitalized || tokens[k].Lower == "the" && k == from + 1)) k++;
        return k > from + 1 && k < to && tokens[k].Text == "," && tokens[k - 1].IsCapitalized ? k : from;
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
