using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "X and Y signed the treaty on 26 April 1979. Z replied with a pact of its own that December.": a month pointed at with
/// "that" ("that December", "that same June") belongs to the year the text last told, not to the publication year (the
/// pattern: a demonstrative month refers back to the story's last dated year). Left alone when no year was told before.
/// </summary>
internal static partial class DemonstrativeMonth
{
    public const string Rule = "a month pointed at with 'that' takes the year last told";

    [GeneratedRegex(@"\b(?:1[89]|20)\d{2}\b")]
    private static partial Regex YearDigits();

    /// <summary>Rewrites, in place, "that Month" to the last explicit year told in the sentences before it (or earlier in its own).</summary>
    public static void Carry(IReadOnlyList<Sentence> sentences, List<List<DateExpression>> dates)
    {
        int? told = null;
        foreach (var sentence in sentences)
        {
            var list = dates[sentence.Index];
            for (var k = 0; k < list.Count; k++)
            {
                var date = list[k];
                var own = YearDigits().Match(date.Text);
                if (own.Success) { told = int.Parse(own.Value); continue; }
                if (told is not { } year || !PointedAt(sentence, date)) continue;
                if (Months.Parse(date.Text.Trim()) is not { } month) continue;
                list[k] = date with { Value = $"{year:D4}-{month:D2}", Rule = Rule };
            }
        }
    }

    /// <summary>The month is a single word after "that" or "that same".</summary>
    private static bool PointedAt(Sentence sentence, DateExpression date)
    {
        if (date.TokenEnd - date.TokenStart != 1 || date.TokenStart < 1) return false;
        var before = sentence.Tokens[date.TokenStart - 1].Lower;
        if (before == "same" && date.TokenStart >= 2) before = sentence.Tokens[date.TokenStart - 2].Lower;
        return before == "that";
    }
}
