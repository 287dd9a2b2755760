using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// Filed from Lavora: "The pact was signed at a ceremony on Friday. ... Its wording was agreed during negotiations in Corvale in March":
/// talks placed in a town, naming no one, told after a signing or talks the text has not placed, in a town other than the story's dateline, are the negotiations that led to
/// the text, a gathering of their own; they neither join the unplaced event nor lend it their town (pattern: news tells the
/// current event first and then recalls an earlier round held elsewhere; talks in the dateline town are the event itself).
/// </summary>
internal static class NegotiationsElsewhere
{
    public const string Note = "placed talks naming no one after an unplaced signing or talks, away from the dateline: a round of their own";

    public static bool KeepsApart(Meeting meeting, MeetingMention m, int participants, Func<Mention, bool> isTown, string? datelineTown)
    {
        if (meeting.Kind is not (MeetingKinds.Signing or MeetingKinds.Talks) || m.Kind != MeetingKinds.Talks) return false;
        if (participants > 0 || m.Planned || m.Signing || m.Places.Count == 0 || meeting.PlaceKey is not null) return false;
        if (datelineTown is null || !isTown(m.Places[0]) || NameKey.Of(m.Places[0].Canonical ?? m.Places[0].Surface) == NameKey.Of(datelineTown)) return false;
        if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
        return true;
    }
}
