using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X welcomed Y and his counterparts from A, B and C - P, Q, R and S - to the hotel", "the guests: P, Q and R": a group
/// noun among a meeting's people, then a dash or a colon and the names of that group. The names may run past the
/// finder's window, yet each one is a person the group noun stands for (pattern: a roll of names in apposition to
/// "counterparts", "ministers", "leaders"). Returns the people of that roll, in order.
/// </summary>
internal static class NamesOfAGroupNoun
{
    private static readonly FrozenSet<string> GroupNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "counterparts", "ministers", "leaders", "presidents", "guests", "delegates", "envoys", "heads", "premiers", "colleagues",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The dash or colon that opens the roll must come within this many tokens of the group noun.</summary>
    private const int Reach = 14;

    public static IEnumerable<Mention> Roll(List<Token> tokens, IReadOnlyList<Mention> people, int from, int to)
    {
        // The group noun and its opener are found first: most references have none, and then no iterator is made.
        for (var k = Math.Max(0, from); k < Math.Min(tokens.Count, to); k++)
        {
            if (!GroupNouns.Contains(tokens[k].Text)) continue;
            var opener = OpenerAfter(tokens, k);
            if (opener >= 0) return RollAfter(tokens, people, opener);
        }
        return [];
    }

    private static IEnumerable<Mention> RollAfter(List<Token> tokens, IReadOnlyList<Mention> people, int opener)
    {
        // The roll begins with a name right after the opener (a title word may come first: "Sheikh", "President").
        var first = people.FirstOrDefault(p => p.TokenStart > opener && p.TokenStart - opener <= 3 &&
                                               Enumerable.Range(opener + 1, p.TokenStart - opener - 1).All(i => tokens[i].IsCapitalized || tokens[i].Text is "'s" or "’s"));
        if (first is null) yield break;
        yield return first;
        var last = first;
        while (people.FirstOrDefault(p => p.TokenStart >= last.TokenEnd) is { } next && ClauseSegments.ContinuesList(tokens, last.TokenEnd, next.TokenStart))
        {
            yield return next;
            last = next;
        }
    }

    /// <summary>The dash or colon after the group noun, with only the noun's own phrase between ("from A, B and C"); -1 if none.</summary>
    private static int OpenerAfter(List<Token> tokens, int noun)
    {
        for (var i = noun + 1; i < tokens.Count && i - noun <= Reach; i++)
        {
            var t = tokens[i];
            if (t.Text is "-" or "—" or "–" or "--" or ":") return i;
            if (!(t.IsCapitalized || t.Text is "," or "'s" or "’s" || t.Lower is "from" or "of" or "and" or "the" or "in")) return -1;
        }
        return -1;
    }
}
