using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "leaders sign up to a common market by 2020", "committed to hold elections by August 2025", "by the end of 2024": a date
/// told with "by" is a deadline for something to be done; it never dates the gathering the sentence tells
/// (pattern: a target date is not an event's date).
/// </summary>
internal static class DeadlineDate
{
    public const string Note = "a deadline told with 'by' does not date the gathering";

    public static bool Of(List<Token> tokens, DateExpression date)
    {
        if (date.Text.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) return true;
        var i = date.TokenStart - 1;
        // "by the end of 2024", "by mid-2025", "by early 2026"
        if (i >= 2 && tokens[i].Lower == "of" && tokens[i - 1].Lower is "end" or "middle" or "start" or "beginning" && tokens[i - 2].Lower == "the") i -= 3;
        else if (i >= 0 && tokens[i].Lower is "early" or "late" or "mid") i--;
        return i >= 0 && tokens[i].Lower == "by";
    }
}
