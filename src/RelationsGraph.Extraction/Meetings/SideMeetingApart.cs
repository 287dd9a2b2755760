using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X and Y met on the sidelines of a regional summit with Z", "held talks at the margins of the trade forum": the side
/// meeting and the gathering named after "sidelines of" are two events (pattern: a bilateral beside a larger gathering).
/// The people named with the gathering belong to it, not to the pair's own talks; the two share the place the clause gives
/// either, and the side meeting takes the gathering's day; the clusterer keeps the side meeting out of the gathering
/// (<see cref="KeepsApart"/>), and <see cref="SidelineAttendance"/> then puts the pair at the gathering too.
/// </summary>
internal static class SideMeetingApart
{
    public const string Note = "a side meeting: the gathering named after 'sidelines of' is another event";

    /// <summary>Where "sidelines of" (or "margins of", "fringes of") stands in [from, to), or -1; punctuation ends the search.</summary>
    public static int SidePhraseIn(List<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < tokens.Count; i++)
        {
            if (tokens[i].Text is "," or ";" or ":") return -1;
            if (EventBoundary.SideOf(tokens, i)) return i;
        }
        return -1;
    }

    /// <summary>
    /// Marks each side meeting and the gathering its clause names right after "sidelines of" (within a few words); leaves to the
    /// gathering the people named after its noun when the pair is already named before the phrase ("A and B met on the sidelines
    /// of a summit with C"); lets each take the place the other was told with, as one is held at the other; and dates the side
    /// meeting by the gathering when it has no day of its own.
    /// </summary>
    public static void Apply(List<Token> tokens, List<MeetingMention> found, IReadOnlyList<Mention> people)
    {
        foreach (var side in found)
        {
            // The first reference after the side meeting (met separately with A and B: each of its copies).
            if (found.FirstOrDefault(g => g.TokenStart >= side.TokenEnd) is not { } gathering) continue;
            if (side.Attendance || side.Recalled != gathering.Recalled || side.Organization is not null || side.IsCeremonial || gathering.IsCeremonial) continue;
            var phrase = SidePhraseIn(tokens, side.TokenEnd, gathering.TokenStart);
            if (phrase < 0 || gathering.TokenStart - phrase > 8) continue;
            side.BesideNamedGathering = true;
            gathering.GatheringOfASideMeeting = true;
            if (!side.Notes.Contains(Note)) side.Notes.Add(Note);
            var before = people.Count(p => p.TokenEnd <= phrase && side.Participants.ContainsKey(p.EntityId!));
            if (before >= 2)
                foreach (var p in people.Where(p => p.TokenStart >= gathering.TokenEnd && side.Participants.ContainsKey(p.EntityId!) &&
                                                    !people.Any(q => q.EntityId == p.EntityId && q.TokenEnd <= phrase)).ToList())
                {
                    side.Participants.Remove(p.EntityId!);
                    side.ObjectIds.Remove(p.EntityId!);
                }
            if (side.Kind == MeetingKinds.PhoneCall) continue;
            if (side.Places.Count == 0) side.Places.AddRange(gathering.Places);
            else if (gathering.Places.Count == 0) gathering.Places.AddRange(side.Places);
            // The gathering's day dates the side meeting; not the reverse, as a gathering of several days spans the side meeting's day.
            if (side.Date?.Value is null) side.Date = gathering.Date;
        }
    }

    /// <summary>
    /// A side meeting never joins the gathering it was held beside, nor a grouping's gathering; a summit that brings someone new to
    /// a side meeting ("the two later joined Z for a trilateral summit") is another event too. (A gathering retold without anyone
    /// new may still join the side meeting told first: it is then that same encounter's setting told again.)
    /// </summary>
    public static bool KeepsApart(Meeting meeting, MeetingMention m, IReadOnlyDictionary<string, string> participants) =>
        meeting.Mentions.Any(x => x.BesideNamedGathering) && (m.Organization is not null ||
         m.Kind is MeetingKinds.Summit or MeetingKinds.Conference && participants.Keys.Any(id => !meeting.Participants.ContainsKey(id))) ||
        m.BesideNamedGathering && (meeting.Organization is not null || meeting.Mentions.Any(x => x.GatheringOfASideMeeting));
}
