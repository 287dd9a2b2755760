using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two presidents were later guests of A and B at a state dinner", "Both presidents were received by A", "the two men were
/// joined by A": a group of people ("the two leaders", "both presidents") that opens the clause as its subject, before
/// every person the clause names, is the people the story is about; the people named after it by "of", "by" or "with" are
/// its hosts or company, not the group itself (pattern: the group subject meets others). The reading that the named people
/// are the group ("X held talks with Y, where the two discussed ...") needs the names first.
/// </summary>
internal static class GroupSubjectBeforeNames
{
    /// <summary>Whether the first group word of <paramref name="m"/> is such a subject, with the clause's names after "of", "by" or "with".</summary>
    public static bool Applies(List<Token> tokens, MeetingMention m, IReadOnlyList<Mention> people, int[] segments)
    {
        if (m.GroupWords is not { Count: > 0 } words || m.Recalled || m.TimeAnchor || m.GroupSize is > 2) return false;
        var group = words.Min();
        if (!NamesPeople(tokens, group)) return false;
        var segment = segments[Math.Min(group, segments.Length - 1)];
        var clauseStart = group;
        while (clauseStart > 0 && segments[Math.Min(clauseStart - 1, segments.Length - 1)] == segment) clauseStart--;
        // The subject: at most an opening circumstance ("Then", "In the evening,") before "the two leaders" / "both presidents".
        if (group - clauseStart > 6) return false;
        for (var k = clauseStart; k < group; k++)
            if (tokens[k].Lower is "who" or "which" or "where" or "when" or "of" or "between" or "with") return false;
        var named = people.Where(p => segments[Math.Min(p.TokenStart, segments.Length - 1)] == segment).ToList();
        if (named.Count == 0 || named.Any(p => p.TokenStart < group)) return false;
        var first = named.Min(p => p.TokenStart);
        // "were the guests of A", "were received by A", "met with A": the names are the other side of the encounter.
        for (var k = first - 1; k > group && k >= first - 4; k--)
            if (tokens[k].Lower is "of" or "by" or "with") return true;
        return false;
    }

    /// <summary>"the two leaders", "both presidents", "the two men", "the leaders": a group word about people, not "the two countries".</summary>
    private static bool NamesPeople(List<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        if (w == "leaders") return true;
        if (i + 1 >= tokens.Count) return false;
        var next = tokens[i + 1].Lower;
        if (next is "men" or "women" or "heads") return true;
        return next.EndsWith('s') && Lexicon.PersonNouns.Contains(next[..^1]);
    }
}
