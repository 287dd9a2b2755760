using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Her state visit opened in the capital on Monday ... She flies on to the next country later this week": a gathering told as
/// held that took in a reference told after it as still to come took that reference's place with it. A place only such a later
/// planned telling gives is where the next leg or edition is, not where the gathering told as held took place (pattern: the
/// story's gathering is placed by its own tellings, not by the trip told next).
/// </summary>
internal static class PlaceOfAnotherTime
{
    public const string Rule = "a later planned telling's place does not place the held gathering";

    /// <summary>The place keys of <paramref name="meeting"/> that only planned references told after its first held one give.</summary>
    public static HashSet<string> Keys(Meeting meeting)
    {
        if (!meeting.Held) return [];
        var firstHeld = meeting.Mentions.Where(m => !m.Planned).Select(m => m.Sentence.Index).DefaultIfEmpty(int.MaxValue).Min();
        // Most meetings have no planned telling after the held one that names a place: no keys to read, of its own or another time's.
        if (!meeting.Mentions.Any(m => m.Planned && m.Sentence.Index > firstHeld && m.Places.Count > 0)) return [];
        var ownKeys = meeting.Mentions.Where(m => !m.Planned || m.Sentence.Index <= firstHeld).SelectMany(m => m.Places).Select(Key).ToHashSet();
        return meeting.Mentions.Where(m => m.Planned && m.Sentence.Index > firstHeld).SelectMany(m => m.Places).Select(Key)
            .Where(k => !ownKeys.Contains(k)).ToHashSet();
    }

    public static string Key(Mention place) => NameKey.Of(place.Canonical ?? place.Surface);
}
