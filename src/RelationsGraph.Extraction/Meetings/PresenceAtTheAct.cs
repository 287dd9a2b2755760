using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The president hosted the ceremony at the terminal. He was joined by A, B and C", "Standing behind them, D and E clasped
/// hands", "Watching from the front row were F and G": a presence told with no gathering of its own (joined by, beside, behind,
/// watching, in the room) in the sentence right after a ceremony or signing, with no other gathering told in between, places
/// its people at that act, though a ceremony is otherwise kept apart from plain attendance (pattern: a presence continues the
/// scene the article has just described, in the same paragraph).
/// </summary>
internal static class PresenceAtTheAct
{
    public const string Note = "presence told right after a ceremony or signing: at that act";

    public static Meeting? For(IReadOnlyList<Meeting> meetings, IReadOnlyList<MeetingMention> all, MeetingMention m, int? storyYear)
    {
        if (!m.Attendance || m.AttendedAct is not null || m.Ellipsis || m.Organization is not null || m.Planned || m.Recalled ||
            m.Participants.Count == 0 || m.Absent.Count > 0 || m.Date?.Value is not null || m.Places.Count > 0 ||
            // "A and B led the delegations": leading a side is taking part in talks, not watching an act.
            m.Sentence.Tokens[m.TokenStart].Lower is "led" or "leading" or "headed" or "heading" or "head" or "heads" or "leads") return null;
        // The gathering told last, in the sentence just before the presence's own (one naming a gathering itself is read by GatheringOfTheSentence).
        Meeting? latest = null;
        var (last, lastToken) = (-1, -1);
        foreach (var x in meetings)
            foreach (var y in x.Mentions)
                if ((y.Sentence.Index, y.TokenStart).CompareTo((last, lastToken)) >= 0 && y.Sentence.Index <= m.Sentence.Index)
                    (latest, last, lastToken) = (x, y.Sentence.Index, y.TokenStart);
        // A roll of onlookers ("... sat in the stands. Among them were A and B") reaches back past the sentences of the scene.
        if (latest is null || !m.OfOnlookers && (m.Sentence.Index - last != 1 || SentenceOf(latest, last).Paragraph != m.Sentence.Paragraph) || latest.Recalled || !latest.Held || latest.Organization is not null ||
            !(latest.IsCeremonial || latest.Kind == MeetingKinds.Signing) || StoryTime.IsEarlier(latest, storyYear)) return null;
        // "After the welcome ceremony the two presidents held talks. Taking part were A and B": a gathering told after the act,
        // even one naming nobody yet, is the scene the presence continues.
        foreach (var y in all)
            if ((y.Sentence.Index, y.TokenStart).CompareTo((last, lastToken)) > 0 && (y.Sentence.Index, y.TokenStart).CompareTo((m.Sentence.Index, m.TokenStart)) < 0 &&
                !y.Attendance && !y.Recalled && !y.IsCeremonial && y.Kind != MeetingKinds.Signing) return null;
        return latest;
    }

    /// <summary>The sentence of the meeting's reference told at <paramref name="index"/>.</summary>
    private static Sentence SentenceOf(Meeting meeting, int index) => meeting.Mentions.First(y => y.Sentence.Index == index).Sentence;
}
