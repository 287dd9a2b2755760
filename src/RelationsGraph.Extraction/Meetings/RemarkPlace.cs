using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The minister, speaking in Orvel on Friday, dismissed the talks", "an envoy told reporters in Korsk that the summit ...":
/// the town after a participle of speaking or after the reporters a speaker told or briefed is where the remark was made, not
/// where the gathering the remark is about was held (pattern: the place of a remark read as HELD_IN, for named speakers as
/// <see cref="SpeakersPlace"/> is for unnamed ones). A gathering the speaker announces as coming ("speaking in Orvel, he said
/// he would meet Y") keeps the town: an announced meeting is often told from where it is to be held.
/// </summary>
internal static class RemarkPlace
{
    private static readonly FrozenSet<string> SpeakingParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "speaking", "writing", "commenting",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Audiences = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "reporters", "journalists", "correspondents",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TellingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "told", "tells", "tell", "telling", "briefed", "briefs", "brief", "briefing", "to",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the place is where a remark on a held gathering <paramref name="m"/> was made.</summary>
    public static bool Is(List<Token> tokens, Mention place, MeetingMention m)
    {
        if (m.Planned) return false;
        var k = place.TokenStart - 1;
        if (k > 0 && tokens[k].Lower == "the") k--;
        if (k < 1 || tokens[k].Lower != "in") return false;
        if (SpeakingParticiples.Contains(tokens[k - 1].Text)) return true;
        return k >= 2 && Audiences.Contains(tokens[k - 1].Text) && TellingVerbs.Contains(tokens[k - 2].Text);
    }
}
