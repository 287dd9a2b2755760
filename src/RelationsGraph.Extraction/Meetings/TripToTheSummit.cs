namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The leaders of eight states opened the summit on Monday ... A and B were among those who made the trip": "made the trip"
/// with no place or date of its own, told after a held summit or conference and before any other gathering, is the journey to
/// that gathering, so its people attended it rather than a visit of their own (pattern: travel told as the way to the event
/// under discussion). "did not make the trip" tells an absence, and starts nothing here.
/// </summary>
internal static class TripToTheSummit
{
    public const string Note = "made the trip: the journey to the summit told just before";

    public static Meeting? For(List<Meeting> meetings, MeetingMention m)
    {
        if (m is not { Kind: MeetingKinds.Visit, Planned: false, Recalled: false, Speculative: false, TimeAnchor: false, Places.Count: 0 } ||
            m.Date?.Value is not null || !IsMadeTheTrip(m)) return null;
        return MeetingNounOfTheSummit.LatestToldSummit(meetings, m);
    }

    private static bool IsMadeTheTrip(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        var i = m.TokenStart;
        if (m.TokenEnd - i != 1 || tokens[i].Lower != "trip" || i < 2 || tokens[i - 1].Lower != "the") return false;
        if (tokens[i - 2].Lower is not ("make" or "made" or "makes" or "making")) return false;
        if (i + 1 < tokens.Count && tokens[i + 1].Lower is "to" or "from" or "of") return false;
        // "did not make the trip", "chose not to make the trip", "never made the trip".
        for (var k = i - 3; k >= 0 && i - 2 - k <= 3; k--)
            if (tokens[k].Lower is "not" or "n't" or "never" or "no") return false;
        return true;
    }
}
