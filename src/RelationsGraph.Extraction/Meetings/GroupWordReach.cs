namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X and Y held talks on Monday, their first meeting since the summit in Z": a word for the group under discussion
/// ("their", "the two", "the leaders'", "they") belongs to the reference nearest to it, so the people of
/// the story's meeting are not added to every other gathering the sentence names (a background summit, a planned one,
/// the gathering a side meeting was held beside). Pattern: the scope of an anaphoric group word.
/// </summary>
internal static class GroupWordReach
{
    public static void Apply(List<MeetingMention> found)
    {
        if (found.Count < 2) return;
        List<MeetingMention>? farther = null;
        foreach (var m in found)
        {
            if (!m.RefersToGroup || m.GroupWords is null || m.GroupWords.Exists(w => OwnsWord(found, m, w))) continue;
            (farther ??= []).Add(m);
        }
        if (farther is null) return;
        foreach (var m in farther)
        {
            m.RefersToGroup = false;
            m.Notes.Add(Note);
        }
    }

    public const string Note = "the group word belongs to a nearer reference";

    /// <summary>
    /// Whether no other reference of the sentence stands nearer to the group word at <paramref name="word"/> (a tie keeps both).
    /// The group as the clause's subject, before every reference ("The two ministers last met in May, where they held a
    /// three-way meeting with X"), is the subject of each predicate and keeps them all.
    /// </summary>
    private static bool OwnsWord(List<MeetingMention> found, MeetingMention m, int word)
    {
        if (found.TrueForAll(o => o.TokenStart > word)) return true;
        var mine = Distance(m, word);
        foreach (var o in found)
            if (o != m && Distance(o, word) < mine && !FrontedTimePhrase(o, m, word)) return false;
        return true;
    }

    /// <summary>
    /// "Ahead of the signing, the two prime ministers talked alone": a time phrase told before the group word and the
    /// reference it orders ("before the ceremony", "after the signing") names when, not who; the group word after it is
    /// the subject of the clause's own predicate (pattern: a fronted adverbial does not take the clause's subject).
    /// </summary>
    private static bool FrontedTimePhrase(MeetingMention o, MeetingMention m, int word) =>
        o.TimeAnchor && o.TokenEnd <= word && word < m.TokenStart;

    private static int Distance(MeetingMention m, int index) =>
        index < m.TokenStart ? m.TokenStart - index : index >= m.TokenEnd ? index - m.TokenEnd + 1 : 0;
}
