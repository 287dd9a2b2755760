using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "On his state visit, the president held talks with his host and the two signed a border treaty": a sentence that tells
/// several held gatherings concludes its documents at the innermost of them: the signing, else the talks, summit or
/// conference, last the visit that frames them all (the pattern: a document is made where it is signed, inside the larger
/// event). A call produces nothing ("a joint statement after the call" was issued apart), nor does a ceremonial event.
/// </summary>
internal static class InnermostReportedMeeting
{
    /// <summary>Sentence index → the innermost held gathering it reports; of two of one depth, the one listed first.</summary>
    public static Dictionary<int, Meeting> BySentence(IEnumerable<Meeting> meetings)
    {
        var map = new Dictionary<int, Meeting>();
        foreach (var meeting in meetings.Where(m => m.Id is not null && m.Held && !m.IsCeremonial && m.Kind != MeetingKinds.PhoneCall))
            foreach (var mention in meeting.Mentions)
                if (!map.TryGetValue(mention.Sentence.Index, out var told) || Depth(meeting.Kind) < Depth(told.Kind))
                    map[mention.Sentence.Index] = meeting;
        return map;
    }

    /// <summary>How far inside the day's events a kind of gathering sits: 0 for the signing itself.</summary>
    internal static int Depth(string kind) => kind switch
    {
        MeetingKinds.Signing => 0,
        MeetingKinds.Talks or MeetingKinds.Summit or MeetingKinds.Conference => 1,
        _ => 2,
    };
}
