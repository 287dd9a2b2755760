using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "the first retreat between the two leaders since October 2019", "his first visit to Brazil since 2015": a date told with
/// "since" measures how long something lasted or was missing; it never dates the one gathering the sentence tells
/// (pattern: a duration's starting point is not an event's date). "since 2022, when X first attended" still dates what the
/// when-clause tells.
/// </summary>
internal static class DurationDate
{
    public static bool Of(List<Token> tokens, DateExpression date) =>
        date.Text.StartsWith("since ", StringComparison.OrdinalIgnoreCase) && !OpensWhenClause(tokens, date.TokenEnd) || EndOfAState(date);

    /// <summary>
    /// "whose country ruled the territory until 1975": a year told with "until" is where a long state of affairs ended; it
    /// dates no gathering (pattern: a duration's end point, like its start, is not an event's date). "talks ran until
    /// Friday" still tells a day of the talks themselves, so only a whole year counts.
    /// </summary>
    private static bool EndOfAState(DateExpression date) =>
        date.Text.StartsWith("until ", StringComparison.OrdinalIgnoreCase) && date.Value is { Length: 4 };

    private static bool OpensWhenClause(List<Token> tokens, int after)
    {
        if (after < tokens.Count && tokens[after].Text == ",") after++;
        return after < tokens.Count && tokens[after].Lower == "when";
    }
}
