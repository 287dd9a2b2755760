using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "their 2019 retreat", "the 2014 summit in Wales": a year written right before the meeting noun dates
/// that gathering by its own words, ahead of any other date of the sentence ("The package signed on
/// Tuesday was agreed at their 2019 retreat"). The dating stage leaves such bare years alone, as most
/// bare years in prose qualify things other than events.
/// </summary>
internal static class YearBeforeNoun
{
    public static void Apply(List<Token> tokens, IEnumerable<MeetingMention> found)
    {
        foreach (var m in found)
        {
            if (m.Date is not null || m.TokenStart < 2) continue;
            var year = tokens[m.TokenStart - 1];
            // A determiner or possessive before the year shows it modifies the noun ("their 2019 retreat"), not a clause ("in 2019 talks began").
            if (!IsYear(year.Text) || tokens[m.TokenStart - 2].Lower is not ("the" or "their" or "its" or "his" or "her" or "a" or "that")) continue;
            m.Date = new DateExpression(m.TokenStart - 1, m.TokenStart, year.Text, year.Text);
            m.Notes.Add("dated by the year before its noun");
        }
    }

    private static bool IsYear(string text) =>
        text.Length == 4 && text.All(char.IsAsciiDigit) && int.Parse(text) is >= 1900 and <= 2099;
}
