using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "... in Port Verin, where the ministers met on the sidelines of the Coral Sea Forum summit and agreed a text for the
/// leaders to approve": a group word ("the leaders", "leaders'") beside a named bloc's gathering speaks of that bloc's
/// leaders, not of the story's people, unless the sentence places the bloc's gathering in the story's own meeting's town
/// (the story's meeting held beside it), or an earlier sentence told it there, or tells the group's own encounter on its
/// sidelines ("the two leaders met beside the X summit"). Pattern: a group word brings only the people of its
/// own meeting.
/// </summary>
internal static class GroupingLeaders
{
    public const string Note = "a group word beside another bloc's gathering: not the story's people";

    /// <summary>Whether the group word of <paramref name="m"/> speaks of a bloc's leaders rather than of <paramref name="main"/>'s people.</summary>
    public static bool OtherThan(MeetingMention m, Meeting main, List<MeetingMention> all, List<Meeting> meetings)
    {
        if (m.Organization is not { } bloc || m.Attendance || m.Signing || m.OnSidelines) return false;
        if (main.Organization is not null && main.Organization.EntityId == bloc.EntityId) return false;
        foreach (var o in all)
        {
            if (o.Sentence.Index != m.Sentence.Index) continue;
            foreach (var place in o.Places)
                if (InTownOf(main, place)) return false;
        }
        // The bloc's gathering told before in the story's town ("the Coral Sea Forum summit in Port Verin ... the leaders' summit").
        foreach (var x in meetings)
            if (x != main && x.Organization?.EntityId == bloc.EntityId && x.Places.Exists(p => InTownOf(main, p))) return false;
        return true;
    }

    private static bool InTownOf(Meeting main, Mention place) =>
        main.Places.Exists(x => NameKey.Of(x.Canonical ?? x.Surface) == NameKey.Of(place.Canonical ?? place.Surface));
}
