using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Text;

/// <summary>
/// Finds date expressions in a sentence and resolves them against the publication date:
/// "Jan. 13", "June 16, 2025", "in January", "last October", "on Monday", "earlier in 2026",
/// "last year", "30 years ago". Without a publication date only expressions that carry their
/// own year resolve; the rest are kept with a null value rather than guessed.
/// </summary>
public static partial class DateResolver
{
    private const string FullMonths = "January|February|March|April|May|June|July|August|September|October|November|December";

    // "on January 15 last year", "on 15 January next year": a day whose year is counted from publication is one date, read
    // whole, as "in March last year" is (see FullDate).
    [GeneratedRegex(@"\b(?<month>" + Months.Pattern + @")\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:1[5-9]|20)\d{2})\b|\s+(?<yearRel>last|this|next)\s+year\b)?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<day>\d{1,2})\s+(?<month>" + Months.Pattern + @")(?:,?\s+(?<year>(?:1[5-9]|20)\d{2})\b|\s+(?<yearRel>last|this|next)\s+year\b)?")]
    private static partial Regex DayMonth();

    /// <summary>"on 8 and 9 July", "from 3 to 6 March", "12-14 June": a span of days told before one month (see <see cref="SpanDate"/>).</summary>
    [GeneratedRegex(@"\b(?<day>\d{1,2})\s*(?:and|to|-|–)\s*(?<last>\d{1,2})\s+(?<month>" + Months.Pattern + @")(?:,?\s+(?<year>(?:1[5-9]|20)\d{2})\b)?")]
    private static partial Regex DaySpanMonth();

    [GeneratedRegex(@"\b(?:(?<rel>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id|[Ee]arlier|[Ll]ater)[\s-]+(?:in\s+)?)?(?<month>" + FullMonths + @"|Sept?\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.|Dec\.)(?:\s+(?:of\s+)?(?<year>(?:1[5-9]|20)\d{2})|\s+(?<yearRel>last|this|next)\s+year)?\b")]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\b(?:(?<rel>last|this|next|on|since|from|coming|Last|This|Next|On|Since|From)\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?<lead>in|since|earlier in|later in|early|late|during|by|of|until|from)\s+)(?<year>(?:19|20)\d{2})\b(?!-)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadYear();

    // Any spelled count of years reads as a date when an anniversary is told on its own day or week ("Fifty years ago today");
    // a bare "fourteen years ago" is more often a clause of background ("since the fighting was halted fourteen years ago")
    // than the date of what the sentence reports, so only the counts read before stay dated without one.
    [GeneratedRegex(@"\b(?<rel>yesterday|today|tonight|last week|this week|next week|last month|this month|next month|last year|this year|next year|(?<n>\d+|two|three|four|five|ten|twenty|thirty)\s+years\s+ago(?:,?\s+(?<on>today|this\s+week|this\s+month)\b)?|(?<n>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:two|three|four|five|six|seven|eight|nine))?|six|seven|eight|nine|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+years\s+ago,?\s+(?<on>today|tonight|this\s+week|this\s+month)"
        // "A hundred years ago today", "Two hundred years ago tonight": a centenary or bicentenary piece counts in hundreds, and its
        // "today" is that day those years back, not the publication day.
        // "One hundred and forty years ago today": a count past a whole century adds its tens and units after "and", and is
        // read whole (read from "seventy" alone it would date the story a century and more too late).
        + @"|(?<n>(?:a|one|two|three|four|five)\s+hundred(?:\s+and\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)\s+years\s+ago,?\s+(?<on>today|tonight|this\s+week|this\s+month))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    private static readonly System.Buffers.SearchValues<string> RelativeWords =
        System.Buffers.SearchValues.Create(["day", "wee", "month", "year", "tonight"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:will|would|to be held|expected|due to|scheduled|set to|plans? to|upcoming|next)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    [GeneratedRegex(@"\b(?:held|met|visited|signed|spoke|talked|hosted|received|said|agreed|announced|arrived|flew|was|were|did)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastReport();

    [GeneratedRegex(@"\b(?:meet|meets|gather|gathers|convene|convenes|opens|begins|hold|holds)\b")]
    private static partial Regex PresentGathering();

    private static readonly System.Buffers.SearchValues<string> WeekdayNames = System.Buffers.SearchValues.Create(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparison.Ordinal);

    // Matches are walked with NextMatch: a MatchCollection per pattern and sentence was garbage on every dated sentence.
    /// <param name="published">The publication day, the anchor of every relative expression.</param>
    /// <param name="yearAnchor">A date printed only in the page's opening lines, which may fall days after the events: it
    /// resolves no day, week or month, but an expression that counts whole years ("last year", "30 years ago", "in March last
    /// year") is the same whichever of those days it is read from (the pattern: a coarse relative date needs only a coarse
    /// anchor). "last December" is not: read days late, across a month's end, it would name another year.</param>
    public static List<DateExpression> Find(Sentence sentence, DateOnly? published, DateOnly? yearAnchor = null)
    {
        var text = sentence.Text;
        var found = new List<(int Start, int End, string? Value, string? Rule)>();
        // Static, with the list passed in: a closure over it was made for every sentence.
        static void Add(List<(int Start, int End, string? Value, string? Rule)> found, Match m, string? value, string? rule = null)
        {
            foreach (var f in found)
                if (m.Index < f.End && f.Start < m.Index + m.Length) return;
            found.Add((m.Index, m.Index + m.Length, value, rule));
        }
        // Cheap tests first: most sentences name no date at all.
        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var hasMonth = false;
        foreach (var t in sentence.Tokens)
            // Every month's name opens with one of these capitals: other words skip the look-up.
            if (t.IsCapitalized && t.Text[0] is 'J' or 'F' or 'M' or 'A' or 'S' or 'O' or 'N' or 'D' && Months.Parse(t.Text) is not null) { hasMonth = true; break; }
        var hasWeekday = text.Contains("day", StringComparison.Ordinal);

        var futureMonths = hasMonth && FutureCue().IsMatch(text);
        if (hasDigit && hasMonth)
        {
            // Told looking ahead: a future cue or a gathering verb in the present ("leaders meet in Madrid on 8 and 9 July",
            // "the conference, which opens on 30 November"), with no past report in the sentence.
            var ahead = (futureMonths || PresentGathering().IsMatch(text)) && !PastReport().IsMatch(text);
            for (var m = MonthDay().Match(text); m.Success; m = m.NextMatch()) Add(found, m, FullDate(m, published, ahead, out var moved, yearAnchor), moved ? AheadOfTheStory : null);
            for (var m = DaySpanMonth().Match(text); m.Success; m = m.NextMatch()) Add(found, m, SpanDate(m, FullDate(m, published, ahead, out var moved)), moved ? AheadOfTheStory : DaySpan);
            for (var m = DayMonth().Match(text); m.Success; m = m.NextMatch()) Add(found, m, FullDate(m, published, ahead, out var moved, yearAnchor), moved ? AheadOfTheStory : null);
        }
        for (var m = hasMonth ? MonthOnly().Match(text) : Match.Empty; m.Success; m = m.NextMatch())
        {
            // "May" alone is usually the verb.
            if (m.Groups["month"].Value == "May" && !m.Groups["rel"].Success && !m.Groups["year"].Success && !PrecededBy(text, m.Index, "in")) continue;
            if (!char.IsUpper(m.Groups["month"].Value[0])) continue;
            // A bare month names its nearest occurrence (see NearestMonth): one a few months behind stays this year's unless its
            // own clause looks ahead; one a few months ahead, in a sentence that reports nothing past, is the coming one.
            var bare = published is not null && m.Groups["rel"].Value.ToLowerInvariant() is not ("last" or "this" or "next") &&
                       !m.Groups["year"].Success && !m.Groups["yearRel"].Success;
            var named = bare ? Months.Parse(m.Groups["month"].Value) : null;
            var behind = futureMonths && named is { } b && NearestMonth.IsBehind(text, m.Index, b, published!.Value.Month);
            var aheadOfStory = !futureMonths && named is { } a && NearestMonth.IsAhead(a, published!.Value.Month) && !PastReport().IsMatch(text);
            // A month ahead of the story whose own clause reports a past act is the last one, not the coming one.
            var pastOwn = futureMonths && !behind && named is { } c && c > published!.Value.Month && NearestMonth.OwnClauseIsPast(text, m.Index);
            Add(found, m, MonthValue(m, published, futureMonths && !behind && !pastOwn || aheadOfStory, yearAnchor),
                behind ? NearestMonth.Rule : aheadOfStory ? NearestMonth.AheadRule : pastOwn ? NearestMonth.PastClauseRule : null);
        }
        // "today" and "yesterday" pass the cheap test above; a weekday's own name is looked for before the regexes run.
        if (hasWeekday && text.AsSpan().IndexOfAny(WeekdayNames) >= 0)
        {
            var cue = FutureCue().Match(text);
            for (var m = Weekday().Match(text); m.Success; m = m.NextMatch())
            {
                if (NamedDay(text, m)) continue;
                // "X held talks on Monday during what is expected to be ...": a plan named after a past-tense report does not move the day ahead.
                var future = cue.Success && !(cue.Index > m.Index && (PastReport().IsMatch(text[..m.Index]) || CueInLaterClause(text, m, cue)));
                var ahead = m.Groups["rel"].Value.ToLowerInvariant() is "this" or "next" or "from" or "coming";
                // A cue told before the weekday, in a sentence whose weekday clause reports the past (see WeekdayClauseTense).
                var pastClause = future && !ahead && cue.Index < m.Index && WeekdayClauseTense.IsPast(text, m.Index, cue.Index);
                Add(found, m, WeekdayValue(m, published, (future && !pastClause) || ahead), pastClause ? WeekdayClauseTense.Rule : null);
            }
        }
        if (hasDigit && HasYearDigits(text))
            for (var m = LeadYear().Match(text); m.Success; m = m.NextMatch()) Add(found, m, m.Groups["year"].Value);
        if (hasDigit || hasWeekday || text.Contains("week", StringComparison.Ordinal) || text.Contains("month", StringComparison.Ordinal) ||
            text.Contains("year", StringComparison.Ordinal) || text.Contains("tonight", StringComparison.OrdinalIgnoreCase))
            // Every relative phrase holds one of these (in any case; "wee" for "week", whose "k" the pattern also matches as the
            // Kelvin sign): a sentence with digits but none of them skips the pattern.
            if (text.AsSpan().IndexOfAny(RelativeWords) >= 0)
                for (var m = Relative().Match(text); m.Success; m = m.NextMatch())
                    Add(found, m, RelativeValue(m, published, yearAnchor), m.Groups["on"].Success ? Anniversary : null);

        if (found.Count == 0) return []; // most sentences: skip the sort and projection pipeline
        // No two spans overlap, so no two share a start: the unstable sort orders them as a stable one would.
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (found.Count > 1) SameMonthTakesToldYear(text, found);
        var expressions = new List<DateExpression>(found.Count);
        foreach (var f in found)
            expressions.Add(new DateExpression(TokenAt(sentence, f.Start), TokenAt(sentence, f.End - 1) + 1, text[f.Start..f.End], f.Value, f.Rule));
        return expressions;
    }

    public const string ToldYearRule = "a month told again without its year, in the sentence that told it with one, is of that year";

    /// <summary>
    /// "In May 1998 the premier flew to Corvena for the talks that produced the May 12 Declaration": a month told again without
    /// a year, in the sentence that has just told it with its year, is of that year, not the story's (the pattern: a sentence
    /// set in a past month keeps it). Only a month first told with a year of its own, and only later in the sentence.
    /// </summary>
    private static void SameMonthTakesToldYear(string text, List<(int Start, int End, string? Value, string? Rule)> found)
    {
        for (var j = 0; j < found.Count - 1; j++)
        {
            if (found[j].Value is not { Length: >= 7 } told || !HasYearDigits(text.AsSpan(found[j].Start, found[j].End - found[j].Start))) continue;
            for (var i = j + 1; i < found.Count; i++)
            {
                var (start, end, value, _) = found[i];
                if (value is not { Length: >= 7 } || value[..4] == told[..4] || value.AsSpan(5, 2).SequenceEqual(told.AsSpan(5, 2)) is false
                    || HasYearDigits(text.AsSpan(start, end - start))) continue;
                var moved = told[..4] + value[4..];
                if (value.Length == 10 && !DateOnly.TryParse(moved, out _)) continue;
                found[i] = (start, end, moved, ToldYearRule);
            }
        }
    }

    /// <summary>
    /// "Obama telephoned X on Tuesday to tell him the deal would ...", "they met on Thursday and agreed that neither would ...":
    /// a future cue after the weekday, inside a clause of its own (an infinitive, a that-clause) or after a past-tense verb
    /// ending in -ed, tells what was said or intended, not when the day falls (pattern: news reports past days).
    /// </summary>
    private static bool CueInLaterClause(string text, Match weekday, Match cue)
    {
        var between = text[(weekday.Index + weekday.Length)..cue.Index];
        if (ClauseOpener().IsMatch(between)) return true;
        // The verb the weekday modifies stands a few words before it ("telephoned Netanyahu on Tuesday").
        var words = text[..weekday.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Skip(Math.Max(0, words.Length - 5)).Any(w => PastTenseWord().IsMatch(w) &&
            w is not ("scheduled" or "expected" or "planned" or "proposed" or "invited" or "indeed" or "hundred" or "proceed" or "succeed"));
    }

    /// <summary>Whether the text holds "15" to "19" or "20" and two more digits, which every year <see cref="LeadYear"/> and every full date reads does.</summary>
    private static bool HasYearDigits(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 3 < text.Length; i++)
            if ((text[i] == '1' && text[i + 1] is >= '5' and <= '9' || text[i] == '2' && text[i + 1] == '0') && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
                return true;
        return false;
    }

    [GeneratedRegex(@"\b(?:that|to|which|who)\b")]
    private static partial Regex ClauseOpener();

    [GeneratedRegex(@"^[a-z]{3,}ed$")]
    private static partial Regex PastTenseWord();

    private static bool PrecededBy(string text, int index, string word) =>
        text[..index].TrimEnd().EndsWith(" " + word, StringComparison.OrdinalIgnoreCase) ||
        text[..index].TrimEnd().Equals(word, StringComparison.OrdinalIgnoreCase);

    public const string DaySpan = "a span of days: its first day, or its month for a stay of three days or more";

    /// <summary>
    /// A two-day gathering ("on 8 and 9 July") is dated by the day it opens; a stay of three days or more ("a visit from 6 to
    /// 10 October") by its month, so the calls and talks on its single days stay events of their own.
    /// </summary>
    private static string? SpanDate(Match m, string? firstDay) =>
        firstDay is not null && int.TryParse(m.Groups["last"].Value, out var last) && last - int.Parse(m.Groups["day"].Value) > 1
            ? firstDay[..7] : firstDay;

    /// <summary>"Fifty years ago today": an anniversary told on its own day or week (see <see cref="AnniversaryYear"/>).</summary>
    public const string Anniversary = "an anniversary told on its own day: the publication date that many years back";

    public const string AheadOfTheStory = "a day after the story's month, told looking ahead, falls in the story's year";

    /// <param name="ahead">the sentence looks ahead: "leaders meet in Madrid on 8 and 9 July".</param>
    /// <param name="yearAnchor">an opening-line date: it reads a year counted from publication ("on 9 August last year") as it reads "last year".</param>
    private static string? FullDate(Match m, DateOnly? published, bool ahead, out bool movedAhead, DateOnly? yearAnchor = null)
    {
        movedAhead = false;
        if (Months.Parse(m.Groups["month"].Value) is not { } month || !int.TryParse(m.Groups["day"].Value, out var day) || day is < 1 or > 31) return null;
        int year;
        if (m.Groups["year"].Success) year = int.Parse(m.Groups["year"].Value);
        // "on January 15 last year": the year is named relative to publication.
        else if (m.Groups["yearRel"].Success && (published ?? yearAnchor) is { } r) year = r.Year + (m.Groups["yearRel"].Value == "last" ? -1 : m.Groups["yearRel"].Value == "next" ? 1 : 0);
        else if (published is { } p)
        {
            year = p.Year;
            // A month well after publication, written without a year, is last year's, unless the sentence looks
            // ahead: a coming gathering ("NATO leaders meet in Madrid on 8 and 9 July") is this year's.
            if (month > p.Month + 1) { if (ahead) movedAhead = true; else year--; }
        }
        else return null;
        return day <= DateTime.DaysInMonth(year, month) ? $"{year:D4}-{month:D2}-{day:D2}" : null;
    }

    /// <summary>
    /// "launched it last December", told under an opening-line date of June: "last" or "next" with a month that is neither the
    /// anchor's month nor the one before it names the same year whichever of the few days before the anchor the story was
    /// written on (the pattern: a month told relative to the story needs only a coarse anchor unless it borders the anchor's
    /// month). "last May" under a date of early June may have been written in May, so it stays unresolved.
    /// </summary>
    private static bool FarFromTheAnchor(Match m, int month, DateOnly? yearAnchor) =>
        yearAnchor is { } a && m.Groups["rel"].Value.ToLowerInvariant() is "last" or "next"
        && month != a.Month && month != (a.Month == 1 ? 12 : a.Month - 1);

    private static string? MonthValue(Match m, DateOnly? published, bool future = false, DateOnly? yearAnchor = null)
    {
        if (Months.Parse(m.Groups["month"].Value) is not { } month) return null;
        if (m.Groups["year"].Success) return $"{m.Groups["year"].Value}-{month:D2}";
        // "in March last year": a month in a year counted from publication reads from an opening-line date too.
        if ((published ?? (m.Groups["yearRel"].Success || FarFromTheAnchor(m, month, yearAnchor) ? yearAnchor : null)) is not { } p) return null;
        // "in March last year": the year is named relative to publication.
        if (m.Groups["yearRel"].Success)
            return $"{p.Year + m.Groups["yearRel"].Value switch { "last" => -1, "next" => 1, _ => 0 }:D4}-{month:D2}";
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var year = rel switch
        {
            "last" => month < p.Month ? p.Year : p.Year - 1,
            "next" => month > p.Month ? p.Year : p.Year + 1,
            "this" => p.Year,
            // "is expected to visit in June": a sentence about the future means the coming one.
            _ when future => month >= p.Month ? p.Year : p.Year + 1,
            _ => month <= p.Month + 1 ? p.Year : p.Year - 1,
        };
        return $"{year:D4}-{month:D2}";
    }

    /// <summary>
    /// "the Good Friday Agreement", "the Bloody Sunday inquiry", "since Black Monday": a weekday under its epithet names a feast or
    /// an event of history, not a day of the story's week (the pattern: a fixed name is read whole, not word by word).
    /// </summary>
    private static bool NamedDay(string text, Match weekday)
    {
        if (weekday.Groups["rel"].Success) return false;
        var before = text.AsSpan(0, weekday.Index).TrimEnd();
        var space = before.LastIndexOf(' ');
        return DayEpithets.Contains(before[(space + 1)..].ToString());
    }

    private static readonly FrozenSet<string> DayEpithets = new HashSet<string>(StringComparer.Ordinal)
        { "Good", "Holy", "Easter", "Palm", "Ash", "Maundy", "Whit", "Black", "Bloody", "Super", "Cyber" }.ToFrozenSet(StringComparer.Ordinal);

    private static string? WeekdayValue(Match m, DateOnly? published, bool future)
    {
        if (published is not { } p || Months.ParseWeekday(m.Groups["weekday"].Value) is not { } weekday) return null;
        var delta = (int)weekday - (int)p.DayOfWeek;
        if (future) { if (delta < 0) delta += 7; }
        else if (delta > 0) delta -= 7;
        return p.AddDays(delta).ToString("yyyy-MM-dd");
    }

    private static string? RelativeValue(Match m, DateOnly? published, DateOnly? yearAnchor = null)
    {
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        // "last year", "30 years ago": whole years read from an opening-line date too.
        if ((published ?? (m.Groups["n"].Success || rel.EndsWith(" year", StringComparison.Ordinal) ? yearAnchor : null)) is not { } p) return null;
        if (m.Groups["n"].Success)
        {
            var n = YearsCounted(m.Groups["n"].Value);
            if (n <= 0) return null;
            // An anniversary's own day ("Fifty years ago today", "forty years ago this week") names the day or month the
            // publication date falls on, that many years back; read from an opening-line date it keeps the year only.
            var on = m.Groups["on"].Value.ToLowerInvariant();
            if (published is { } day && on.Length > 0)
                return on is "today" or "tonight" ? day.AddYears(-n).ToString("yyyy-MM-dd") : day.AddYears(-n).ToString("yyyy-MM");
            return (p.Year - n).ToString("D4");
        }
        return rel switch
        {
            "yesterday" => p.AddDays(-1).ToString("yyyy-MM-dd"),
            "today" or "tonight" => p.ToString("yyyy-MM-dd"),
            "last week" => p.AddDays(-7).ToString("yyyy-MM"),
            "this week" => p.ToString("yyyy-MM"),
            "next week" => p.AddDays(7).ToString("yyyy-MM"),
            "last month" => p.AddMonths(-1).ToString("yyyy-MM"),
            "this month" => p.ToString("yyyy-MM"),
            "next month" => p.AddMonths(1).ToString("yyyy-MM"),
            "last year" => (p.Year - 1).ToString("D4"),
            "this year" => p.Year.ToString("D4"),
            "next year" => (p.Year + 1).ToString("D4"),
            _ => null,
        };
    }

    /// <summary>
    /// The years an elapsed-time phrase counts, in figures or spelled as news copy writes them ("fifty", "twenty-eight"):
    /// spelled counts are read with <see cref="CountWords"/>, tens and units apart.
    /// </summary>
    private static int YearsCounted(string words)
    {
        if (int.TryParse(words, out var figures)) return figures;
        if (Hundreds(words) is { } hundreds) return hundreds;
        var total = 0;
        foreach (var part in words.Split('-'))
            if (CountWords.TryRead(part, 2, 90, out var v)) total += v;
            else return 0;
        return total;
    }

    /// <summary>
    /// "a hundred", "one hundred", "two hundred": a centenary or bicentenary piece counts its years in
    /// hundreds (the pattern: "A hundred years ago today, ..." opens a retrospective as "Fifty years ago today" does).
    /// </summary>
    private static int? Hundreds(string words)
    {
        var parts = words.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[1] != "hundred") return null;
        int century;
        if (parts[0] is "a" or "one") century = 100;
        else if (CountWords.TryRead(parts[0], 2, 9, out var k)) century = 100 * k;
        else return null;
        if (parts.Length == 2) return century;
        // "one hundred and seventy", "two hundred and twenty-five", "one hundred and one": the rest after "and".
        if (parts.Length != 4 || parts[2] != "and") return null;
        var rest = 0;
        foreach (var part in parts[3].Split('-'))
            if (part == "one") rest += 1;
            else if (CountWords.TryRead(part, 2, 90, out var v)) rest += v;
            else return null;
        return century + rest;
    }

    private static int TokenAt(Sentence sentence, int charIndex)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].End > charIndex) return i;
        return Math.Max(0, tokens.Count - 1);
    }
}
