using System.Text.RegularExpressions;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// Dates a grouping's summit ("the G7 summit") that its own words leave undated. Recurring
/// summits are talked about around the time they happen, so when the sentence frames one as
/// current or coming ("to take part in", "upcoming", "is expected to attend", "to be held"):
/// it takes the month of another date the sentence resolves ("left Monday for the summit"),
/// and otherwise is assumed to be the article's year — for the id only, the date stays unknown.
/// </summary>
internal static partial class SummitDating
{
    [GeneratedRegex(@"\b(?:upcoming|forthcoming|coming|next|this year['’]s|to be held|will|would|expected|scheduled|set to|due to|plans? to|to attend|to take part|to participate|depart(?:s|ed|ing)? for|head(?:s|ed|ing)? (?:to|for)|leav(?:e|es|ing) for|left for|ahead of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrentOrComing();

    public static void Apply(IEnumerable<MeetingMention> mentions, IReadOnlyList<IReadOnlyList<DateExpression>> datesBySentence, int? articleYear)
    {
        foreach (var m in mentions.Where(m => m.Organization is not null && m.Date?.Value is null))
        {
            if (!CurrentOrComing().IsMatch(m.Sentence.Text)) continue;
            var borrowed = datesBySentence[m.Sentence.Index]
                .Where(d => d.Value is { Length: >= 7 } && IsAround(d.Value, articleYear))
                .OrderBy(d => Math.Abs(d.TokenStart - m.TokenStart))
                .FirstOrDefault();
            if (borrowed is not null)
                m.Date = borrowed with { Value = borrowed.Value![..7] };
            else
                m.AssumedYear = articleYear;
        }
    }

    /// <summary>A current or coming summit is not dated by a sentence's look back at another year.</summary>
    private static bool IsAround(string date, int? articleYear) =>
        articleYear is not { } year || Math.Abs(int.Parse(date[..4]) - year) <= 1;
}
