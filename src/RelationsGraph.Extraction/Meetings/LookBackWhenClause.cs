using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "began in May last year, when the envoy flew to Velmar and met the regent", "her own trip there two years ago, when she
/// sat down with the governor": a "when" clause hung on a time phrase that looks back ("... ago", "last year", "last month",
/// "last March", "earlier this year", an earlier written year) tells what happened at that earlier time, so a gathering told
/// inside it is a recalled occasion, apart from the one the story reports (pattern: a temporal relative clause takes the time
/// of the phrase it modifies). A gathering the sentence tells before the time phrase with a date of its own ("the meeting in May last year, when ...") is the one the clause elaborates, not another occasion.
/// </summary>
internal static class LookBackWhenClause
{
    public const string Note = "told in a when-clause on a look-back time: an earlier gathering";
    private const int Reach = 30; // how far past "when" the clause may tell the gathering

    public static void Mark(List<Token> tokens, MeetingMention m, IReadOnlyList<MeetingMention> found, int? storyYear)
    {
        if (m.Recalled || m.Planned) return;
        for (var k = m.TokenStart - 1; k >= 2 && m.TokenStart - k <= Reach; k--)
        {
            if (tokens[k].Text is ";" or ":" or "—" or "–" or "(" or ")" || tokens[k].Lower is "but" or "while" or "whereas") return;
            if (tokens[k].Lower != "when") continue;
            var end = tokens[k - 1].Text == "," ? k - 2 : k - 1;
            if (end < 1 || !LooksBack(tokens, end, storyYear)) return;
            // "the round of talks held in Sarn in May 2021, when ...": a dated gathering told before the time phrase is the one the clause goes on about.
            if (found.Any(x => x != m && x.Date is not null && x.TokenEnd <= k && !tokens.Skip(x.TokenEnd).Take(k - x.TokenEnd).Any(t => t.Text is ";" or ":" or "—"))) return;
            m.Recalled = true;
            m.Notes.Add(Note);
            return;
        }
    }

    /// <summary>Whether the time phrase ending at the token looks back: "ago", "last/previous year", "last May", "earlier this year", an earlier year.</summary>
    private static bool LooksBack(List<Token> tokens, int end, int? storyYear)
    {
        var w = tokens[end].Lower;
        var before = tokens[end - 1].Lower;
        if (w == "ago") return true;
        if (w is "year" or "month" or "week" or "spring" or "summer" or "autumn" or "fall" or "winter" || Months.Parse(w) is not null && tokens[end].IsCapitalized)
        {
            if (before is "last" or "previous") return true;
            if (before == "this" && end >= 2 && tokens[end - 2].Lower == "earlier") return true;
        }
        return storyYear is { } year && w.Length == 4 && int.TryParse(w, out var y) && y > 1800 && y < year &&
               (before is "in" or "of" || Months.Parse(before) is not null);
    }
}
