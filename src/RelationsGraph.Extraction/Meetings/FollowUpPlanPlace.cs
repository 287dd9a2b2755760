using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The ministers met on Friday ... They agreed to meet again in Osk next month", "the next round is to be held in Varo": a plan told
/// after the account of a held gathering, joined to it as talk of the same group, is the follow-up when it places itself where the
/// account never does (pattern: a plan's place is where the next meeting goes). Such planned references leave the held gathering
/// and make a planned meeting of their own, placed there; the held gathering keeps its own places and people. A grouping's summit
/// is read so too ("an extraordinary summit of the bloc will be held in X": the next sitting, not the one told). A planned visit
/// stays: a journey still to come is most often the story's own trip, told before it is made.
/// </summary>
internal static class FollowUpPlanPlace
{
    public const string Note = "a plan told after the held gathering, placed where it never is: the follow-up meeting";

    public static void Apply(List<Meeting> meetings)
    {
        var count = meetings.Count;
        for (var i = 0; i < count; i++)
        {
            var meeting = meetings[i];
            if (!meeting.Held || meeting.Recalled) continue;
            var firstHeld = int.MaxValue;
            foreach (var m in meeting.Mentions)
                if (!m.Planned && m.Sentence.Index < firstHeld) firstHeld = m.Sentence.Index;
            List<MeetingMention>? plans = null;
            foreach (var m in meeting.Mentions)
                if (m.Planned && m.Kind != MeetingKinds.Visit && m.Sentence.Index > firstHeld && m.Places.Count > 0 && m.Places.All(p => !ToldByTheAccount(meeting, p, firstHeld)))
                    (plans ??= []).Add(m);
            if (plans is null) continue;
            meeting.Release(plans);
            var followUp = new Meeting();
            foreach (var m in plans)
            {
                m.Notes.Add(Note);
                followUp.Absorb(m, m.Participants);
            }
            meetings.Add(followUp);
        }
    }

    /// <summary>The place is told by a reference of the account: one not planned, or planned but told before the account.</summary>
    private static bool ToldByTheAccount(Meeting meeting, Mention place, int firstHeld)
    {
        var key = NameKey.Of(place.Canonical ?? place.Surface);
        foreach (var m in meeting.Mentions)
            if ((!m.Planned || m.Sentence.Index <= firstHeld) && m.Places.Any(p => NameKey.Of(p.Canonical ?? p.Surface) == key)) return true;
        return false;
    }
}
