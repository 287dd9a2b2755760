using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The envoy met the governor at the residence. ... She then held talks with the mayor in Port Vell": talks placed in a town
/// that is not the story's dateline, naming someone not at the unplaced talks already told, are another stop of the envoy's
/// round, not more of those talks (pattern: a round of encounters told one by one, each with its own counterpart and town).
/// The sibling of <see cref="NegotiationsElsewhere"/> for talks that name their people. A reference back ("the talks",
/// "the two"), an attendance or a plan still joins as before.
/// </summary>
internal static class NewcomerTalksElsewhere
{
    public const string Note = "talks with someone new in a town away from the dateline: an encounter of its own";

    public static bool KeepsApart(Meeting meeting, MeetingMention m, IReadOnlyDictionary<string, string> participants, Func<Mention, bool> isTown, string? datelineTown)
    {
        if (meeting.Kind is not (MeetingKinds.Signing or MeetingKinds.Talks) || m.Kind != MeetingKinds.Talks) return false;
        if (m.Planned || m.Signing || m.Attendance || m.RefersToGroup || m.Definite || m.RoleOfPerson || m.Places.Count == 0 || meeting.PlaceKey is not null) return false;
        if (!isTown(m.Places[0]) || datelineTown is not null && NameKey.Of(m.Places[0].Canonical ?? m.Places[0].Surface) == NameKey.Of(datelineTown)) return false;
        var present = meeting.Participants.Keys.Where(id => !meeting.Absent.Contains(id)).ToHashSet();
        if (present.Count < 2 || !participants.Keys.Any(id => !present.Contains(id))) return false;
        if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
        return true;
    }
}
