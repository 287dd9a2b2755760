using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "Fifty years ago today, the rulers met and signed ...": an anniversary piece opens by naming the day it recalls, and what it
/// then tells without a year (the meeting, the documents signed) belongs to that year, not to the year of publication (the
/// pattern: a retrospective's lede sets the story's year). Only an anniversary told in the article's opening counts: one named
/// in passing further down recalls an aside of a story set in the present.
/// </summary>
internal static partial class AnniversaryYear
{
    /// <summary>How many sentences from the top (headline and byline included) count as the opening.</summary>
    private const int Opening = 8;

    /// <summary>
    /// How many sentences from the top may hold the date that confirms a counted lede: a blog's masthead, menu, headline and
    /// posting line take the first few, and the piece dates its event in full in the paragraph after the lede ("At the
    /// conference of February 1954, ..."), so the confirming date may stand a little past the opening (the pattern: the
    /// retrospective's background paragraph follows its lede).
    /// </summary>
    private const int Confirming = 16;

    /// <summary>The year an anniversary told in the opening sentences recalls, or null.</summary>
    public static int? Of(IReadOnlyList<IReadOnlyList<DateExpression>> bySentence)
    {
        for (var i = 0; i < bySentence.Count && i < Opening; i++)
            foreach (var d in bySentence[i])
                if (d.Rule == DateResolver.Anniversary && d.Value is { Length: >= 4 } v && int.TryParse(v.AsSpan(0, 4), out var year))
                    return year;
        return null;
    }

    /// <summary>
    /// "Fifty years ago: the week two states signed ...", "Half a century ago today, ...": a retrospective's headline or lede
    /// counts the years back from publication without a day of its own, and its first paragraphs then date the event in full
    /// ("on 17 March 1972"). The count read against the publication year is the story's year when a date in the opening
    /// names that very year (the pattern: a retrospective's lede counts back to the year its story then dates); a count
    /// no opening date confirms is background ("since the fighting was halted fourteen years ago") and sets nothing, and so is
    /// one that does not open its sentence as a heading ("Fifty years ago:") or as the day's own anniversary ("... ago today,",
    /// "... ago this morning,": a part of the day is the day's own anniversary as "today" is).
    /// A heading that counts forward from the event ("Sixty years on: the week ...") counts the same years back from
    /// publication; only as a heading (colon or dash), since "Ten years on, the town ..." in a lede speaks of the present.
    /// A hundred years is counted as a century is: "One hundred years ago today, ...", "A hundred years on: ..." (the pattern:
    /// a centenary piece counts its years in words, "hundred" past the tens), and so are two to five of them ("Two hundred
    /// years ago:", "Two centuries ago this week, ...").
    /// </summary>
    public static int? OfCountedLede(IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<DateExpression>> bySentence, int? publishedYear)
    {
        if (publishedYear is not { } published) return null;
        for (var i = 0; i < sentences.Count && i < Opening; i++)
        {
            var m = CountBack().Match(sentences[i].Text);
            if (!m.Success || YearsOf(m) is not { } years) continue;
            var year = published - years;
            for (var j = 0; j < bySentence.Count && j < Confirming; j++)
                foreach (var d in bySentence[j])
                    if (d.Value is { Length: >= 4 } v && v.StartsWith(year.ToString("D4"), StringComparison.Ordinal) && d.Text.Contains(year.ToString("D4"), StringComparison.Ordinal))
                        return year;
        }
        return null;
    }

    private static int? YearsOf(Match m)
    {
        if (m.Groups["half"].Success) return 50;
        if (m.Groups["quarter"].Success) return 25;
        if (m.Groups["century"].Success) return 100;
        // "Two hundred years ago:", "Two centuries ago this week,": a bicentenary counts its centuries in words too.
        if (m.Groups["centuries"].Success) return 100 * Array.IndexOf(Units, m.Groups["c"].Value.ToLowerInvariant());
        var n = m.Groups["n"].Value.ToLowerInvariant();
        if (int.TryParse(n, out var digits)) return digits;
        var total = 0;
        foreach (var part in n.Split('-', ' '))
        {
            var k = Array.IndexOf(Units, part);
            if (k > 0) { total += k; continue; }
            k = Array.IndexOf(Tens, part);
            if (k > 1) { total += 10 * k; continue; }
            return null;
        }
        return total > 0 ? total : null;
    }

    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    [GeneratedRegex(@"^\W*(?:(?<half>half\s+a\s+century)|(?<quarter>a\s+quarter(?:\s+of\s+a)?\s+century)|(?<century>a\s+century|(?:a|one)\s+hundred\s+years)|(?<centuries>(?<c>two|three|four|five)\s+(?:centuries|hundred\s+years))|(?<n>\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+years)\s+(?:ago(?:\s*[:–—]|,?\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week|month))\b)|on\s*[:–—])", RegexOptions.IgnoreCase)]
    private static partial Regex CountBack();
}
