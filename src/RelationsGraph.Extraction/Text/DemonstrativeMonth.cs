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
            var added = new List<DateExpression>();
            var next = 0;
            for (var k = 0; k < list.Count; k++)
            {
                var date = list[k];
                next = AddPointedYears(sentence, list, next, date.TokenStart, told, added);
                var own = YearDigits().Match(date.Text);
                if (own.Success) { told = int.Parse(own.Value); continue; }
                if (told is not { } year || !PointedAt(sentence, date)) continue;
                if (Months.Parse(date.Text.Trim()) is not { } month) continue;
                list[k] = date with { Value = $"{year:D4}-{month:D2}", Rule = Rule };
            }
            AddPointedYears(sentence, list, next, sentence.Tokens.Count, told, added);
            if (added.Count == 0) continue;
            list.AddRange(added);
            list.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
        }
    }

    public const string YearRule = "a year or season pointed at with 'that' takes the year last told";

    /// <summary>Words of a whole year or a season that "that" may point back to.</summary>
    private static readonly HashSet<string> YearWords = new(StringComparer.OrdinalIgnoreCase) { "year", "spring", "summer", "autumn", "winter" };

    /// <summary>
    /// "Ostrava signed a treaty with Veloria that spring", "that same year": a year or a season pointed at with "that" is of
    /// the year last told, like a month (the pattern: a demonstrative of time refers back to the story's last dated year).
    /// Adds, for the tokens from <paramref name="from"/> up to <paramref name="to"/>, a year-only date for each such phrase
    /// no date already covers. Returns where the scan stopped.
    /// </summary>
    private static int AddPointedYears(Sentence sentence, List<DateExpression> list, int from, int to, int? told, List<DateExpression> added)
    {
        if (told is not { } year) return Math.Max(from, to);
        var tokens = sentence.Tokens;
        for (var i = Math.Max(from, 1); i < to && i < tokens.Count; i++)
        {
            if (!YearWords.Contains(tokens[i].Text) || tokens[i].IsCapitalized) continue;
            if (!AfterThat(tokens, i) || list.Any(d => d.TokenStart <= i && i < d.TokenEnd)) continue;
            added.Add(new DateExpression(i, i + 1, tokens[i].Text, $"{year:D4}", YearRule));
        }
        return Math.Max(from, to);
    }

    /// <summary>The month is a single word after "that" or "that same".</summary>
    private static bool PointedAt(Sentence sentence, DateExpression date) =>
        date.TokenEnd - date.TokenStart == 1 && date.TokenStart >= 1 && AfterThat(sentence.Tokens, date.TokenStart);

    /// <summary>The word at <paramref name="i"/> follows "that" or "that same".</summary>
    private static bool AfterThat(List<Token> tokens, int i)
    {
        var before = tokens[i - 1].Lower;
        if (before == "same" && i >= 2) before = tokens[i - 2].Lower;
        return before == "that";
    }
}
