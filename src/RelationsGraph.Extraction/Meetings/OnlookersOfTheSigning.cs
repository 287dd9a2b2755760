using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "A and B signed the treaty at the palace on the visit's final morning. Both leaders put their signatures to the text before
/// the cabinet. C, the foreign minister, was among the officials who looked on": "looked on" (looking on, look on) names no
/// gathering, but only an act is looked on, so its people are at the signing or ceremony told in the two sentences before,
/// though a visit framing the signing ("the visiting delegation") was told in between (pattern: onlookers of a signing told a
/// sentence or two later; see <see cref="PresenceAtTheAct"/>, which wants the very next sentence and no other gathering between).
/// </summary>
internal static class OnlookersOfTheSigning
{
    public const string Note = "looked on, a sentence or two after a signing: at that signing";

    public static Meeting? For(IReadOnlyList<Meeting> meetings, IReadOnlyList<MeetingMention> all, MeetingMention m, int? storyYear)
    {
        if (!m.Attendance || m.AttendedAct is not null || m.Planned || m.Recalled || m.Participants.Count == 0 || m.Absent.Count > 0 ||
            m.Date?.Value is not null || m.Places.Count > 0 || !LooksOn(m.Sentence.Tokens, m.TokenStart)) return null;
        Meeting? latest = null;
        var (last, lastToken) = (-1, -1);
        foreach (var x in meetings)
        {
            if (x.Recalled || !x.Held || x.Organization is not null || !(x.IsCeremonial || x.Kind == MeetingKinds.Signing) ||
                StoryTime.IsEarlier(x, storyYear)) continue;
            foreach (var y in x.Mentions)
                // Only a signing told in a sentence before: "signed ... as the two presidents looked on" is read with the signing itself.
                if (y.Sentence.Index >= m.Sentence.Index - 2 && y.Sentence.Index < m.Sentence.Index &&
                    (y.Sentence.Index, y.TokenStart).CompareTo((last, lastToken)) > 0)
                    (latest, last, lastToken) = (x, y.Sentence.Index, y.TokenStart);
        }
        if (latest is null) return null;
        // "They signed the accord. Talks then turned to trade. C looked on": another gathering told after the signing's sentence
        // is the scene looked on (a visit only frames the signing).
        foreach (var y in all)
            if (y.Sentence.Index > last && (y.Sentence.Index, y.TokenStart).CompareTo((m.Sentence.Index, m.TokenStart)) < 0 &&
                !y.Attendance && !y.Recalled && !y.IsCeremonial && y.Kind is not (MeetingKinds.Signing or MeetingKinds.Visit)) return null;
        return latest;
    }

    /// <summary>"looked on", "looking on", "look on", "looks on" ending at the mention's "on".</summary>
    private static bool LooksOn(List<Token> tokens, int at) =>
        at > 0 && at < tokens.Count && tokens[at].Lower == "on" && tokens[at - 1].Lower is "looked" or "looking" or "look" or "looks";
}
