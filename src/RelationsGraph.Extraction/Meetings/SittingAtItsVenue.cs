using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The closed-door session of the ministers, held at the Corvale hotel", "the opening plenary of the ministers' gathering at the
/// Marsden Hall": a definite sitting of a gathering told at a named building, with no town or country of its own, is still a part
/// of the summit under discussion, and the building is where that summit sits (pattern: a session placed only at its venue
/// belongs to its gathering, as an unplaced one does).
/// </summary>
internal static class SittingAtItsVenue
{
    public const string Note = "a sitting told at a building: part of the summit under discussion, held there";

    /// <summary>How many tokens of lower-case modifiers ("opening", "closed - door") may stand between "the" and the sitting's noun.</summary>
    private const int ModifierReach = 3;

    public static bool Of(MeetingMention m, Func<Mention, bool> isTown) =>
        m.Sentence.Tokens[m.TokenStart].Lower is "session" or "plenary" && TheBefore(m) &&
        m.Places.Count > 0 && m.Places.All(p => p.Kind == MentionKind.Place && !isTown(p) &&
                                                 (VenueCity.IsVenueShaped(p) || VenueCity.ClosedByALowerCaseVenueWord(p.Surface)));

    /// <summary>"the session", "the closing session", "the closed-door session": a definite article before the noun and its modifiers.</summary>
    private static bool TheBefore(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        for (var i = m.TokenStart - 1; i >= 0 && i >= m.TokenStart - 1 - ModifierReach; i--)
        {
            if (tokens[i].Lower == "the") return true;
            if (tokens[i].Text is not "-" && (tokens[i].Text.Length == 0 || !char.IsLower(tokens[i].Text[0]))) return false;
        }
        return false;
    }
}
