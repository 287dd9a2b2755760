using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "On 5 August, again in the capital, they signed a power-sharing deal", "Last month, the transport secretary signed an
/// arrangement", in a story of a summit held this week: a sentence that dates the signing apart from the meeting's own time
/// tells another event, and the document is no product of that meeting (the pattern: a product is concluded when its
/// meeting is held). The meeting's time is its own date; an undated one is close to any time its sentences tell and, when
/// the story reports it as current, to the day the story was published. A sentence that names the meeting itself dates that
/// meeting; a date that belongs to another gathering named in the sentence ("who had called him on 11 October when the text
/// was agreed") dates that gathering, not the signing.
/// A history piece ("On 13 May 1648, after months of talks, the envoys signed", published centuries later) is set in its
/// story year: its undated meetings are of that year, not of the day it was published (see <see cref="SetInThePast"/>).
/// </summary>
/// <param name="storyYear">The year the story is set in (see DatingStage); when it is not the publication's year, the story is history.</param>
/// <param name="allDates">Every sentence's dates, read for the anniversary day a history piece tells.</param>
internal sealed class ConcludedAtAnotherTime(IReadOnlyList<Meeting> meetings, Func<Sentence, IReadOnlyList<DateExpression>> datesIn, DateOnly? published,
    int? storyYear = null, IReadOnlyList<IReadOnlyList<DateExpression>>? allDates = null)
{
    /// <summary>Days a meeting with a date of its own may run on (a summit of several days).</summary>
    private const int DaysOfAMeeting = 4;

    /// <summary>Days between a signing and a time told only near the meeting or the story's publication (talks "that began on" a day, a week's news).</summary>
    private const int DaysOfTheNews = 10;

    public bool Apart(Sentence concluding, Meeting meeting)
    {
        if (meeting.Mentions.Any(x => x.Sentence.Index == concluding.Index)) return false;
        var othersDates = meetings.SelectMany(m => m.Mentions).Where(x => x.Sentence.Index == concluding.Index && x.Date is not null).Select(x => x.Date!.TokenStart).ToHashSet();
        if (OneDate(datesIn(concluding).Where(d => !othersDates.Contains(d.TokenStart))) is not { } told) return false;
        if (meeting.Date is { Length: >= 7 } own) return Span(own) is { } met && Gap(told, met) > DaysOfAMeeting;
        // "After negotiations that began on 25 October, they signed": an undated meeting is close to any time its own sentences tell.
        var times = meeting.Mentions.Select(x => x.Sentence).DistinctBy(s => s.Index).SelectMany(datesIn).Where(Dating).Select(d => Span(d.Value!)).OfType<(DateOnly, DateOnly)>().ToList();
        if (meeting.Held && !meeting.Recalled && published is { } day)
            times.Add(SetInThePast(day) ? StoryTime(day) : (day, day));
        return times.Count > 0 && times.All(t => Gap(told, t) > DaysOfTheNews);
    }

    /// <summary>
    /// A story set in an earlier year than its publication's (an anniversary piece, a feature on a treaty of long ago): the
    /// meetings it reports as held, undated, are of the year it tells, not of the day of publication (the pattern: a history
    /// piece dates the signing, not the talks that led to it, and a signing dated in another year is another event).
    /// </summary>
    private bool SetInThePast(DateOnly day) => storyYear is { } year && year < day.Year;

    /// <summary>
    /// The time a history piece is set at: the very day it counts back to when the text tells that day ("Two hundred years
    /// ago today, on 14 April 1821"), for a piece written on the anniversary tells the events of that day; else the whole
    /// story year.
    /// </summary>
    private (DateOnly From, DateOnly To) StoryTime(DateOnly published) => storyTime ??= TimeOfTheStory(published);

    private (DateOnly From, DateOnly To)? storyTime;

    private (DateOnly From, DateOnly To) TimeOfTheStory(DateOnly published)
    {
        var year = storyYear!.Value;
        if (allDates is not null && published.Day <= DateTime.DaysInMonth(year, published.Month))
        {
            var back = new DateOnly(year, published.Month, published.Day);
            var told = back.ToString("yyyy-MM-dd");
            if (allDates.Any(s => s.Any(d => d.Value == told))) return (back, back);
        }
        return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    /// <summary>
    /// "Ministers will meet in Hong Kong in December to take the round forward", in a story published in November: a
    /// meeting whose own month or day begins after the story's publication has not happened yet, so no document the story
    /// tells as made comes out of it (the pattern: a product is as old as its meeting, and a coming meeting has made nothing).
    /// </summary>
    public bool AfterTheStory(Meeting meeting) =>
        published is { } day && meeting.Date is { Length: >= 7 } own && Span(own) is { } span && span.From > day;

    /// <summary>The one month or day a text gives (a year alone says too little).</summary>
    private static (DateOnly From, DateOnly To)? OneDate(IEnumerable<DateExpression> dates)
    {
        var values = dates.Where(Dating).Select(d => d.Value!).Distinct().ToList();
        return values.Count == 1 ? Span(values[0]) : null;
    }

    /// <summary>A month or a day that times an act: "by", "until", "since" and "after" bound another time.</summary>
    private static bool Dating(DateExpression d) => d.Value is { Length: >= 7 }
        && !new[] { "by ", "until", "since", "after" }.Any(p => d.Text.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    private static (DateOnly From, DateOnly To)? Span(string value)
    {
        var parts = value.Split('-');
        if (parts.Length < 2 || !int.TryParse(parts[0], out var y) || y is < 1 or > 9999 || !int.TryParse(parts[1], out var m) || m is < 1 or > 12) return null;
        if (parts.Length >= 3 && int.TryParse(parts[2], out var d) && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            return (new DateOnly(y, m, d), new DateOnly(y, m, d));
        return (new DateOnly(y, m, 1), new DateOnly(y, m, DateTime.DaysInMonth(y, m)));
    }

    /// <summary>Days between two spans of time, 0 when they overlap.</summary>
    private static int Gap((DateOnly From, DateOnly To) a, (DateOnly From, DateOnly To) b) =>
        a.To < b.From ? b.From.DayNumber - a.To.DayNumber : b.To < a.From ? a.From.DayNumber - b.To.DayNumber : 0;
}
