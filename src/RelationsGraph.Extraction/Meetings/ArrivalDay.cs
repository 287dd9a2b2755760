using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The envoy, who flew in on Friday, addressed the crowd": the day told right after an arrival ("flew in on Friday",
/// "flew in late on Friday") is the day the traveller came, often the eve of the gathering, so it does not date the gathering
/// the arrival puts the traveller at (pattern: an arrival's own day adjunct).
/// </summary>
internal static class ArrivalDay
{
    /// <summary>True when <paramref name="date"/> follows the "flew in" trigger of <paramref name="m"/> within a few words.</summary>
    public static bool Of(List<Token> tokens, DateExpression date, MeetingMention m)
    {
        if (m.TokenEnd <= m.TokenStart || !VerbOnlyTriggers.FlewIn(tokens, m.TokenStart)) return false;
        if (date.TokenStart < m.TokenEnd) return false;
        // "flew in on Friday", "flew in late on Friday", "flew in early Friday morning": only "on" and a time word between.
        for (var k = m.TokenEnd; k < date.TokenStart; k++)
            if (tokens[k].Lower is not ("on" or "late" or "early" or "overnight" or "last" or "this")) return false;
        return date.TokenStart - m.TokenEnd <= 2;
    }
}
