using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Cuban President Raul Castro, whose government hosted the talks in Havana from 2012, sat beside Ban Ki-moon": a gathering
/// of an earlier year told inside a relative clause is a side note; it takes only the people named inside that clause, and
/// the one a "who" clause is about ("X, who in 1992 signed the accord with Y" keeps X), not the people of the sentence around it
/// (pattern: a recalled event's people are those of its own clause).
/// </summary>
internal static class RelativeClauseRecall
{
    private const int Reach = 15; // how far before the meeting word the clause may open

    public static void Apply(List<Token> tokens, MeetingMention m, IReadOnlyList<Mention> mentions, int? storyYear)
    {
        if (storyYear is not { } year || m.Date?.Value is not { Length: >= 4 } date || !int.TryParse(date[..4], out var y) || y >= year) return;
        if (Opener(tokens, m.TokenStart) is not { } opener) return;
        var end = m.TokenEnd;
        while (end < tokens.Count && tokens[end].Text is not ("," or ";" or "—" or "–")) end++;
        var inside = mentions.Where(p => p.EntityId is not null && p.TokenStart >= opener && p.TokenEnd <= end).Select(p => p.EntityId!).ToHashSet();
        // "X, who ...": the clause is about X.
        if (tokens[opener].Lower == "who" && mentions.FirstOrDefault(p => p.EntityId is not null && p.TokenEnd == opener - 1) is { } antecedent)
            inside.Add(antecedent.EntityId!);
        var outside = m.Participants.Keys.Where(id => !inside.Contains(id)).ToList();
        foreach (var id in outside)
        {
            m.Participants.Remove(id);
            m.ObjectIds.Remove(id);
        }
        if (outside.Count > 0) m.Notes.Add("earlier event in a relative clause: only its own clause's people");
    }

    public const string PluperfectNote = "a where/when clause in the pluperfect: an earlier gathering";

    /// <summary>
    /// "travelled to Panama from Buenos Aires, where he had taken part in the G20 summit": a gathering told in a "where" or
    /// "when" clause whose verb is in the pluperfect happened before the main clause's event, so it is recalled, apart from
    /// the gathering reported (pattern: the pluperfect places a relative clause's event before the narrative).
    /// </summary>
    public static void MarkPluperfect(List<Token> tokens, MeetingMention m)
    {
        if (m.Recalled || m.Planned || Opener(tokens, m.TokenStart) is not { } opener || tokens[opener].Lower is not ("where" or "when")) return;
        for (var k = opener + 1; k < m.TokenStart; k++)
        {
            if (tokens[k].Lower is not ("had" or "'d")) continue;
            var next = k + 1 < tokens.Count ? tokens[k + 1].Lower : "";
            if (next is "to" or "not" or "no" or "never") return;
            m.Recalled = true;
            m.Notes.Add(PluperfectNote);
            return;
        }
    }

    public const string PluperfectWhoNote = "a who-clause in the pluperfect about a gathering of a written year: an earlier gathering";

    /// <summary>
    /// "X, the former president who died in May and who had chaired the 1998 summit in Y": a gathering of a written year told in
    /// a "who" clause whose verb is in the pluperfect happened before the narrative, so it is recalled and takes none of the
    /// story's later attendance (pattern: a person's earlier office told in the pluperfect). Only a gathering with its own year:
    /// "X, who had flown in for the talks" is still about the gathering reported.
    /// </summary>
    public static void MarkPluperfectWho(List<Token> tokens, MeetingMention m)
    {
        if (m.Recalled || m.Planned || m.Date?.Value is not { Length: >= 4 }) return;
        for (var k = m.TokenStart - 1; k >= 1 && m.TokenStart - k <= Reach; k--)
        {
            if (tokens[k].Text is "," or ";" or "." or "—" or "–") return;
            if (tokens[k].Lower != "who" || tokens[k - 1].Text != "," && tokens[k - 1].Lower != "and") continue;
            var had = k + 1 < m.TokenStart && tokens[k + 1].Lower is "had" or "'d";
            var next = k + 2 < tokens.Count ? tokens[k + 2].Lower : "";
            if (!had || next is "to" or "not" or "no" or "never" or "been" || !YearWritten(tokens, k, m.TokenEnd, m.Date.Value[..4])) return;
            m.Recalled = true;
            m.Notes.Add(PluperfectWhoNote);
            return;
        }
    }

    /// <summary>Whether the year is written out in the clause, from its opener to the first comma after the meeting word ("the 1988 summit", "the summit of 1988").</summary>
    private static bool YearWritten(List<Token> tokens, int opener, int meetingEnd, string year)
    {
        for (var k = opener; k < tokens.Count && (k < meetingEnd || tokens[k].Text is not ("," or ";" or ".")); k++)
            if (tokens[k].Text == year) return true;
        return false;
    }

    /// <summary>Whether the token lies in a relative clause set off by a comma ("X, whose government hosted the talks in 2012, sat ...").</summary>
    public static bool InsideClause(List<Token> tokens, int index) => Opener(tokens, index) is not null;

    /// <summary>The relative word opening a clause set off by a comma ("..., whose", "..., where") that holds the meeting word.</summary>
    private static int? Opener(List<Token> tokens, int trigger)
    {
        for (var k = trigger - 1; k >= 1 && trigger - k <= Reach; k--)
        {
            if (tokens[k].Text is ";" or "—" or "–") return null;
            if (tokens[k].Lower is "who" or "whose" or "which" or "where" or "when" && tokens[k - 1].Text == ",") return k;
            if (tokens[k].Text == ",") return null;
        }
        return null;
    }
}
