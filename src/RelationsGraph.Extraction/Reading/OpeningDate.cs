using System.Text.RegularExpressions;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// The publication date of an article whose metadata gives none, read from its opening: a short furniture line that
/// carries a full date ("Posted 22 November 2024 by ...", "Politics | Thursday, 27 April 2023", "*Kathmandu, 27 November
/// 2014*") or a wire dateline opening the first paragraph ("BRUSSELS, April 4, 2023 (Agency) - ..."). Pattern: the date
/// a page prints above or at the head of its story is the day it was filed, however the page lays it out.
/// </summary>
internal static partial class OpeningDate
{
    /// <summary>Lines above the story that may carry its date; past them the story itself has begun.</summary>
    private const int LinesScanned = 12;
    /// <summary>A line longer than this is a paragraph of the story, not furniture.</summary>
    private const int FurnitureLength = 200;

    [GeneratedRegex(@"\b(?<day>\d{1,2})\s+(?<month>" + Months.Pattern + @"),?\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b(?<month>" + Months.Pattern + @")\s+(?<day>\d{1,2}),?\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    /// <summary>"BRUSSELS, April 4, 2023 (Agency) -": a dateline's date stands before the dash that opens the story.</summary>
    [GeneratedRegex(@"^[^a-z]{0,60}?[,\s](?<date>[^-–—(]{6,24}?)\s*(?:\([^)]{1,40}\)\s*)?(?:--|[-–—])\s", RegexOptions.None)]
    private static partial Regex WireDateline();

    public static DateOnly? Find(string body)
    {
        var lines = body.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(LinesScanned).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length <= FurnitureLength)
            {
                // A short first paragraph may still open with a wire dateline.
                if ((DateOfFurniture(line) ?? DatelineDate(line)) is { } date) return LaterStamp(lines, i, date) ?? date;
                continue;
            }
            // The first paragraph of the story: only a dateline at its head is the filing date.
            return DatelineDate(line);
        }
        return null;
    }

    /// <summary>
    /// "# Seventy years on: what happened in Lakeport on 2 May 1954" over "*Posted 2 May 2024 · Analysis*": a headline or
    /// kicker may close with the day it recalls, years before the stamp a publishing word gives below it (the pattern: an
    /// anniversary piece heads its story with the recalled day; "Posted", "Published" stamp the filing day). The first such
    /// stamp among the furniture lines after the date found, when it falls a year or more later; null otherwise.
    /// </summary>
    private static DateOnly? LaterStamp(List<string> lines, int found, DateOnly date)
    {
        for (var j = found + 1; j < lines.Count && lines[j].Length <= FurnitureLength; j++)
        {
            var bare = lines[j].Trim('*', '_', ' ', '|');
            var published = PublishingWord().Match(bare);
            if (!published.Success) continue;
            var stamped = FullDate(bare[published.Index..]) ?? StampedIsoDate(bare[published.Index..]);
            return stamped is { } later && later >= date.AddYears(1) ? later : null;
        }
        return null;
    }

    private static DateOnly? DatelineDate(string line) => WireDateline().Match(line) is { Success: true } head ? FullDate(head.Value) : null;

    /// <summary>"Posted 22 November 2024 by ...", "Gulf Notebook · Riyadh · 8 December 2022", "Issue 40 · Monday, 3 May 2021 · Archive":
    /// a date after a publishing word, closing the line, or standing alone between the separators of a masthead or byline.</summary>
    private static DateOnly? DateOfFurniture(string line)
    {
        var bare = line.Trim('*', '_', ' ', '|');
        // "Updated 18:30" names a time, not the day: a publishing word with no date after it leaves the line's date to the readings below.
        var published = PublishingWord().Match(bare);
        if (published.Success && FullDate(bare[published.Index..]) is { } stamped) return stamped;
        if (published.Success && StampedIsoDate(bare[published.Index..]) is { } iso) return iso;
        var closing = ClosingDate().Match(bare);
        if (closing.Success) return FullDate(closing.Value);
        // "Lakeside Notes, weekly edition. Monday 27 January 2003.": a closing date may end with a full stop when it stands bare;
        // after a lower-case word ("would take effect on March 1, 2031.") it closes a sentence of the story.
        var stopped = ClosingDate().Match(bare.TrimEnd('.', ' '));
        if (stopped.Success && bare.EndsWith('.') && !AfterLowerCaseWord(bare, stopped.Index)) return FullDate(stopped.Value);
        // "Canberra, 11 December 1989 EMBARGO: NONE": a furniture line that opens with its place and date, as a dateline does.
        var placed = PlacedDate().Match(bare);
        if (placed.Success) return FullDate(placed.Value);
        return bare.TrimEnd('.').Split(FurnitureSeparators, StringSplitOptions.None).Select(part => part.Trim('*', '_', ' ', '.')).Where(part => SegmentDate().IsMatch(part))
            .Select(FullDate).FirstOrDefault(date => date is not null);
    }

    /// <summary>A full date, day first or month first, with an optional time after it ("5 March 2014, 10:15 am GMT").</summary>
    private const string DateWithTime = @"(?:\d{1,2}\s+" + Months.Pattern + @",?\s+(?:19|20)\d{2}|" + Months.Pattern + @"\s+\d{1,2},?\s+(?:19|20)\d{2})" +
                                        @"(?:,?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?" + TimeZone + ")?";

    /// <summary>A time zone after the time, by name or offset, bracketed or not: "EAT", "GMT+3", "(UTC+05:30)".</summary>
    private const string TimeZone = @"(?:\s*\(?[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?";

    /// <summary>Whether the word right before the position (past a weekday and its comma) is a lower-case word inside a sentence.</summary>
    private static bool AfterLowerCaseWord(string line, int index)
    {
        var words = line[..index].TrimEnd(' ', ',').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var k = words.Length - 1;
        if (k >= 0 && Regex.IsMatch(words[k], "^" + Months.WeekdayPattern + ",?$", RegexOptions.IgnoreCase)) k--;
        // "weekly edition. Monday 27 January 2003.": a word closing its own sentence leaves the date standing alone.
        return k >= 0 && words[k].Length > 0 && char.IsLower(words[k][0]) && !words[k].EndsWith('.');
    }

    /// <summary>
    /// The separators of a masthead or byline's parts: bars and dots, and a spaced dash ("Tuesday, August 25, 1992 -- Page 1").
    /// A dash inside a name ("Russia–Africa") is not spaced, so it separates nothing.
    /// </summary>
    private static readonly string[] FurnitureSeparators = ["|", "·", "•", " -- ", " — ", " – "];

    /// <summary>
    /// A segment that is a full date and nothing else, with its weekday and time when given, or a place dateline before it
    /// ("Arusha, 30 November 1999", "Nadi, Sunday 23 November 2014"): a byline's part tells where and when the story was filed.
    /// </summary>
    [GeneratedRegex(@"^(?:" + PlaceBeforeDate + @")?(?:" + Months.WeekdayPattern + @",?\s+)?" + DateWithTime + "$", RegexOptions.IgnoreCase)]
    private static partial Regex SegmentDate();

    /// <summary>A place name of a dateline, one to four capitalised words closed by a comma ("New Delhi, ", "Addis Ababa, ").</summary>
    private const string PlaceBeforeDate = @"[A-Z][\p{L}'.-]*(?:\s+[A-Z][\p{L}'.-]*){0,3},\s+";

    /// <summary>A line opening with a place dateline and a full date, whatever follows ("Canberra, 11 December 1989 EMBARGO: NONE").</summary>
    [GeneratedRegex(@"^" + PlaceBeforeDate + @"(?:" + Months.WeekdayPattern + @",?\s+)?" + DateWithTime + @"\b", RegexOptions.None)]
    private static partial Regex PlacedDate();

    [GeneratedRegex(@"\b(?:Published|Posted|Updated|Filed|Dated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublishingWord();

    /// <summary>A full date closing the line, with an optional time after it.</summary>
    [GeneratedRegex(DateWithTime + "$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingDate();

    /// <summary>"Filed: 2019-04-02", "Published 2021-11-30 08:15": a publishing word followed by a numeric year-month-day date, as a
    /// content system stamps it (pattern: the machine-written filing stamp above a story).</summary>
    [GeneratedRegex(@"^(?:Published|Posted|Updated|Filed|Dated)\b[:\s]*(?:on\s+)?(?<year>(?:19|20)\d{2})-(?<month>\d{2})-(?<day>\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex IsoStamp();

    private static DateOnly? StampedIsoDate(string text) =>
        IsoStamp().Match(text) is { Success: true } m && DateOnly.TryParseExact($"{m.Groups["year"].Value}-{m.Groups["month"].Value}-{m.Groups["day"].Value}", "yyyy-MM-dd", out var date)
            ? date
            : null;

    private static DateOnly? FullDate(string text)
    {
        foreach (var regex in new[] { DayFirst(), MonthFirst() })
        {
            var m = regex.Match(text);
            if (m.Success && Months.Parse(m.Groups["month"].Value) is { } month &&
                DatelineParser.Make(m.Groups["year"].Value, month, m.Groups["day"].Value) is { } date)
                return date;
        }
        return null;
    }
}
