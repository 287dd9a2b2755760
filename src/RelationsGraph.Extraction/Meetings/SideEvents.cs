using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// Events held at a grouping's gathering that the same clause names after them: "the three presidents put their
/// names to the pact at the AES summit", "X held talks with Y during the G20 summit" (pattern: event "at"/"during"
/// a named gathering is a side event of it, like one "on the sidelines of" it). <see cref="SidelineAttendance"/>
/// then puts its people at the gathering and places it where the gathering is.
/// </summary>
internal static class SideEvents
{
    private static readonly FrozenSet<string> Leads = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "at", "during" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Fillers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "this", "a", "an", "its", "their", "'s", "’s", "-", "–", "annual", "leaders", "week", "year",
        // "at the close of the first summit of ...", "during the opening session of the inaugural summit" (ordinals: see the filler test)
        "of", "close", "end", "opening", "start", "inaugural", "latest" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static void MarkHeldAtGathering(List<Token> tokens, List<MeetingMention> found, int[] segments)
    {
        foreach (var m in found.Where(x => x.Organization is null && !x.Recalled && !x.TimeAnchor))
        {
            m.AtGathering = found.Any(g => g != m && g.Organization is not null && g.TokenStart >= m.TokenEnd &&
                                           segments[g.TokenStart] == segments[m.TokenStart] && LedByAtOrDuring(tokens, g, m.TokenEnd));
        }
    }

    /// <summary>"at the 52nd Pacific Islands Forum Leaders Meeting", "during this year's G20 summit": the gathering's phrase opens with "at" or "during".</summary>
    private static bool LedByAtOrDuring(List<Token> tokens, MeetingMention gathering, int floor)
    {
        var k = Math.Min(gathering.TokenStart, gathering.Organization!.TokenStart) - 1;
        for (var steps = 0; k >= floor && steps < 8; k--, steps++)
        {
            var t = tokens[k];
            if (Leads.Contains(t.Text)) return true;
            var filler = Fillers.Contains(t.Text) || Ordinals.IsOrdinal(t.Text) || t.IsCapitalized || t.Text.Any(char.IsDigit);
            if (!filler) return false;
        }
        return false;
    }
}
