using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "NORWAY-RUSSIA ... the new treaty leaves in place the 1920 Svalbard Treaty", in a story with no publication date: a news
/// story is told at or after the latest year it names as past or present, so that year stands in for the story's year when
/// checking that an undated meeting of the story did not make a document of an earlier year (the pattern: a report's present
/// is its latest time). Years of deadlines, ranges and things to come ("by 2030", "2025-2027", "next year") are left out.
/// </summary>
internal static class LatestYearTold
{
    public static int? In(IReadOnlyList<Sentence> sentences)
    {
        int? latest = null;
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (tokens[k].Text.Length != 4 || !int.TryParse(tokens[k].Text, out var y) || y is < 1800 or > 2100) continue;
                if (IsToCome(tokens, k)) continue;
                if (latest is null || y > latest) latest = y;
            }
        }
        return latest;
    }

    /// <summary>"by 2030", "2025-2027", "in 2030 the plan ends" after "will": a year of a deadline, range or future act.</summary>
    private static bool IsToCome(List<Token> tokens, int k)
    {
        if (k >= 1 && tokens[k - 1].Text is "-" or "–" or "—" or "/") return true;
        if (k + 1 < tokens.Count && tokens[k + 1].Text is "-" or "–" or "—" or "/") return true;
        if (k >= 1 && tokens[k - 1].Lower is "by" or "until" or "till" or "through" or "before") return true;
        // "by the end of 1994": a deadline at a part of the period.
        if (DocumentYear.DeadlineAtAPartOf(tokens, k)) return true;
        // "will ... in 2030", "is to ... in 2031": a future verb earlier in the clause.
        for (var j = k - 1; j >= 0 && j >= k - 10 && tokens[j].Text is not ("," or ";" or "." or ":"); j--)
            if (tokens[j].Lower is "will" or "would" or "shall" or "next" or "plans" or "planned" or "expected" or "due") return true;
        return false;
    }
}
