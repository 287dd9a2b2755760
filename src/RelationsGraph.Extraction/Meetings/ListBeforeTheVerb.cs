using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Kenya's President A, Ghana's President B, Senegal's President C and Nigeria's Vice-President D attended": a long
/// list of subjects before the verb runs past the finder's window, yet every name of the list is a subject of that verb
/// (pattern: a subject list read back to its first name). Returns the people earlier in the list than the first one
/// the window reached.
/// </summary>
internal static class ListBeforeTheVerb
{
    public static IEnumerable<Mention> EarlierNames(List<Token> tokens, IReadOnlyList<Mention> people, Mention firstFound, int verb, int[] segments)
    {
        if (InsideRelativeClause(tokens, firstFound.TokenEnd, verb)) yield break;
        var first = firstFound;
        var segment = segments[Math.Min(first.TokenStart, segments.Length - 1)];
        while (people.LastOrDefault(p => p.TokenEnd <= first.TokenStart && segments[Math.Min(p.TokenStart, segments.Length - 1)] == segment) is { } previous &&
               (ClauseSegments.ContinuesList(tokens, previous.TokenEnd, first.TokenStart) || PastAside(tokens, previous.TokenEnd, first.TokenStart)))
        {
            yield return previous;
            first = previous;
        }
    }

    /// <summary>
    /// "A, the minister of P, and B, chairman of Q, signed": each name of a subject list may carry its own apposition set off
    /// by commas, and the list still runs back through it (pattern: coordinated subjects with appositions before the verb).
    /// The aside after the earlier name opens as an apposition or relative clause does ("the", "a", a possessive, "who"), holds
    /// no clause mark, and closes with a comma before "and" and the later name (a comma and a verb after it end the list).
    /// </summary>
    private static bool PastAside(List<Token> tokens, int previousEnd, int nextStart)
    {
        if (previousEnd + 1 >= nextStart || tokens[previousEnd].Text != "," || nextStart - previousEnd > AsideReach) return false;
        var open = tokens[previousEnd + 1];
        if (!(open.Lower is "who" or "whose" or "the" or "a" or "an" or "his" or "her" or "its" or "their" || tokens[previousEnd + 2].Text is "'s" or "’s")) return false;
        var close = -1;
        for (var k = previousEnd + 2; k < nextStart; k++)
        {
            if (tokens[k].Text is ";" or ":" or "." or "(" or ")" or "—" or "–" or "\"" or "“" or "”") return false;
            if (tokens[k].Text == ",") close = k;
        }
        if (close < 0) return false;
        // After the aside's closing comma: "and", then the later name, maybe with its title ("and Bordurian envoy B").
        if (tokens[close + 1].Lower != "and") return false;
        return close + 2 == nextStart || ClauseSegments.ContinuesList(tokens, close, nextStart);
    }

    private const int AsideReach = 24;

    /// <summary>"A and B — who was due to meet C": the verb belongs to a relative clause about the last name only.</summary>
    private static bool InsideRelativeClause(List<Token> tokens, int from, int verb)
    {
        var inside = false;
        for (var k = from; k < verb; k++)
        {
            if (tokens[k].Lower is "who" or "which" or "whose") inside = true;
            else if (tokens[k].Text == ",") inside = false;
        }
        return inside;
    }
}
