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
               ClauseSegments.ContinuesList(tokens, previous.TokenEnd, first.TokenStart))
        {
            yield return previous;
            first = previous;
        }
    }

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
