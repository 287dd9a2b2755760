using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "wrapped up a state visit to Hanoi on Thursday with talks at the palace", "visited Cairo on May 3 and held talks with Y":
/// talks told as part of a visit, in the same clause, take place on the visit's day when the sentence gives them none of their
/// own (pattern: an event within another inherits its date). A time clause between the two ("since", "before") tells of
/// another occasion and stops it.
/// </summary>
internal static class TalksWithinVisit
{
    private const int Reach = 12;

    public static void InheritDates(List<Token> tokens, List<MeetingMention> found, int[] segments)
    {
        for (var k = 1; k < found.Count; k++)
        {
            var (visit, talks) = (found[k - 1], found[k]);
            if (visit.Kind != MeetingKinds.Visit || talks.Kind != MeetingKinds.Talks || talks.Date is not null || visit.Date?.Value is not { Length: 10 }) continue;
            if (visit.Recalled || talks.Recalled || visit.Planned != talks.Planned || talks.TokenStart - visit.TokenEnd > Reach) continue;
            if (segments[visit.TokenStart] != segments[talks.TokenStart]) continue;
            if (tokens.Skip(visit.TokenEnd).Take(talks.TokenStart - visit.TokenEnd)
                .Any(t => t.Lower is "since" or "before" or "after" or "until" or "when" or "which" or "while" or "where" || t.Text is ";" or ":")) continue;
            talks.Date = visit.Date;
            talks.Notes.Add("talks within a visit: the visit's day");
        }
    }
}
