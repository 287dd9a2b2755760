using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X, briefing reporters after the talks with Y, said the pact should remove doubts in Z about ...": a place told inside the
/// words a speaker reports, after a speech verb that follows the meeting reference, belongs to what is reported, not to the
/// meeting (pattern: the scope of reported speech). A place right after the verb ("told reporters in Varo", "said, in Lindham")
/// is where the speaker spoke, which often is the meeting's place, so it stays; so does a place after an aside ("the talks,
/// officials said, will be held in X") or in a relative clause on the meeting ("the round, which mediators said would open in X").
/// </summary>
internal static class ReportedContentPlace
{
    // Narrower than Lexicon.SpeechVerbs on purpose: verbs there such as "agreed", "welcomed" or "called" tell an act that
    // may happen at the meeting's place, not words whose content holds another place.
    private static readonly FrozenSet<string> SpeechVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "added", "adding", "stressed", "insisted", "warned",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How close after the speech verb a place is still the speaker's own ("told reporters in").</summary>
    private const int SpeakersReach = 3;

    public static bool Is(List<Token> tokens, MeetingMention m, Mention place)
    {
        if (place.TokenStart <= m.TokenEnd) return false;
        for (var i = m.TokenEnd; i < place.TokenStart - SpeakersReach; i++)
        {
            // "the next round, which mediators said would open in X": a relative clause tells the meeting itself.
            if (tokens[i].Lower is "which" or "that" or "where" or "when") return false;
            if (!SpeechVerbs.Contains(tokens[i].Text)) continue;
            // "The talks, officials said, will be held in X": an aside between commas; the meeting's clause goes on.
            return !(i + 1 < tokens.Count && tokens[i + 1].Text == ",");
        }
        return false;
    }
}
