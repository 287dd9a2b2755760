using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The Andean summit in Cusco ended on Friday ... Bolivia is to host the next Andean summit in 2031": one grouping's name covers
/// a series, and the edition the story reports is not the one still to come, though the held one carries no date and so no year
/// to tell them apart (pattern: the held edition and a later one are two meetings; the later one gathers no account of what was held).
/// Another edition is one told as the next or counted past the first (<see cref="NextEdition"/>), one dated in a year after the
/// story's while the held one is undated and so of the story's time, or one numbered otherwise ("the Eighteenth Summit" and
/// "host the Nineteenth Summit", "the XIII Summit" and "the XIV Summit").
/// </summary>
internal static class OtherEdition
{
    public static bool KeepsApart(Meeting meeting, MeetingMention m, int? storyYear) =>
        meeting.Held && (m.Planned && NextEdition.Of(m) || meeting.Date is null && LaterYear(m.Date?.Value, storyYear)) ||
        !meeting.Held && !m.Planned && m.Date?.Value is null && (NextEdition.Told(meeting) || LaterYear(meeting.Date, storyYear)) ||
        Number(m) is { } a && meeting.Mentions.Select(Number).FirstOrDefault(n => n is not null) is { } b && a != b;

    /// <summary>
    /// The edition number a reference gives its gathering: the ordinal or Roman numeral standing before its noun, with only the
    /// series' name between ("the Eighteenth SAARC Summit", "host the XIV Presidential Summit", "the 44th summit"). "First" numbers
    /// nothing: "the first summit since the expansion" tells no edition apart.
    /// </summary>
    public static int? Number(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        for (var i = Math.Min(m.TokenEnd, tokens.Count) - 2; i >= Math.Max(0, m.TokenStart - 4); i--)
        {
            // "his first summit since 2010" counts a leader's attendances, not the series' editions.
            if ((Ordinals.Value(tokens[i].Text) ?? Ordinals.RomanValue(tokens[i].Text)) is { } n)
                return n >= 2 && !(i > 0 && tokens[i - 1].Lower is "his" or "her" or "my" or "your") ? n : null;
            if (!tokens[i].IsCapitalized && tokens[i].Text is not ("-" or "–")) break;
        }
        return null;
    }

    public const string SameSummitNote = "the grouping's summit, told by its place or its edition";

    /// <summary>
    /// "The Andean summit in Cusco began ... at the summit in Cusco, the host said", "ends IX Lakes Forum Summit ... the leaders ended the
    /// IX Summit of the forum in Kisumu": a summit told without the grouping's name, held in the place of
    /// the grouping's held summit and naming no one of its own, or numbered as its edition, is that summit (pattern: one gathering
    /// named once by its grouping and again by its place or number).
    /// </summary>
    public static Meeting? SameSummitPlaced(List<Meeting> meetings, MeetingMention m, int participants, int? storyYear)
    {
        if (m is not { Kind: MeetingKinds.Summit, Organization: null, Planned: false, Recalled: false, OnSidelines: false, Speculative: false, TimeAnchor: false } ||
            m.Places.Count == 0) return null;
        var place = NameKey.Of(m.Places[0].Canonical ?? m.Places[0].Surface);
        var number = Number(m);
        return meetings.LastOrDefault(x => x is { Organization: not null, Held: true, Recalled: false, Kind: MeetingKinds.Summit } &&
                                           Meeting.DatesCompatible(x.DateOrAssumedYear, m.DateOrAssumedYear) && !KeepsApart(x, m, storyYear) &&
                                           (number is not null && x.Mentions.Select(Number).FirstOrDefault(n => n is not null) == number ||
                                            m.Definite && participants == 0 && x.PlaceKey == place ||
                                            participants == 0 && m.Date?.Value is null && NamedByItsTown(m) && TheOneUnplaced(meetings, x, m)));
    }

    /// <summary>"the Jeddah summit": the noun's town stands between "the" and the noun, naming the gathering by where it is held.</summary>
    private static bool NamedByItsTown(MeetingMention m)
    {
        var place = m.Places[0];
        var tokens = m.Sentence.Tokens;
        return place.TokenEnd == m.TokenStart && place.TokenStart > 0 && tokens[place.TokenStart - 1].Lower == "the";
    }

    /// <summary>
    /// "The ninth Coral Sea Forum summit ... the closing statement of the Osk summit": the grouping's held summit, told so far with no
    /// place, is the one summit the story reports, and a summit named by its town, by no one and with no date of its own is that
    /// summit, which the town then locates (pattern: one gathering named once by its grouping and again by its host city). Only when no other
    /// summit of the story's time is told, by a grouping or by a place: with two, the place may tell the other one apart.
    /// </summary>
    private static bool TheOneUnplaced(List<Meeting> meetings, Meeting grouping, MeetingMention m)
    {
        if (grouping.PlaceKey is not null) return false;
        foreach (var x in meetings)
            if (x != grouping && x is { Recalled: false, Held: true, Kind: MeetingKinds.Summit } &&
                Meeting.DatesCompatible(x.DateOrAssumedYear, m.DateOrAssumedYear)) return false;
        return true;
    }

    private static bool LaterYear(string? date, int? storyYear) =>
        storyYear is { } year && date is { Length: >= 4 } && int.TryParse(date[..4], out var y) && y > year;
}
