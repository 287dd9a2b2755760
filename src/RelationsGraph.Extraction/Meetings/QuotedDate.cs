using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "\"Today the guns must fall silent,\" X told the assembled delegations": a date inside a direct quotation is the
/// speaker's time, told in the speaker's words; it does not date a gathering the reporting clause outside the quotation
/// names (pattern: quoted speech keeps its own deixis; "today" there is the day of the speech, not of the publication).
/// </summary>
internal static class QuotedDate
{
    /// <summary>Whether <paramref name="date"/> lies inside a quotation that the reference <paramref name="m"/> stands outside of.</summary>
    public static bool Apart(List<Token> tokens, DateExpression date, MeetingMention m) =>
        Inside(tokens, date.TokenStart) && !Inside(tokens, m.TokenStart);

    /// <summary>Whether an odd number of straight quotation marks, or an unclosed curly one, stands before token <paramref name="i"/>.</summary>
    private static bool Inside(List<Token> tokens, int i)
    {
        var straight = 0; var open = 0;
        for (var j = 0; j < i && j < tokens.Count; j++)
        {
            if (tokens[j].Text == "\"") straight++;
            else if (tokens[j].Text == "“") open++;
            else if (tokens[j].Text == "”") open--;
        }
        return straight % 2 == 1 || open > 0;
    }
}
