using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "A and B accompanied the prime minister", "X flew in, accompanied by Y", "Travelling with the president were A and B":
/// those who travel with a principal are at the gathering the principal attends (pattern: an entourage is part of the
/// gathering under discussion, with no meeting word of its own).
/// </summary>
internal static class Entourage
{
    private static readonly HashSet<string> Objects = new(StringComparer.OrdinalIgnoreCase) { "by", "him", "her", "them", "the", "his", "their" };

    /// <summary>True at the verb of accompaniment.</summary>
    public static bool IsAt(IReadOnlyList<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        if (i + 1 >= tokens.Count) return false;
        var next = tokens[i + 1];
        // "the two accompanying countries": the participle as an adjective names no journey.
        if (w is "accompanied" or "accompanying" or "accompanies")
            return next.IsCapitalized && next.IsWord || Objects.Contains(next.Text);
        // "Travelling with Xi were ...", "X, travelling with the minister, ...": the companions of a journey.
        return w is "travelling" or "traveling" && next.Lower == "with" && i + 2 < tokens.Count && (tokens[i + 2].IsCapitalized || Objects.Contains(tokens[i + 2].Text));
    }

    /// <summary>
    /// "Carney arrived in Mexico City on Wednesday ... Anand and Champagne accompanied Carney": the companions are on the
    /// principal's trip, so they join the latest held visit of someone they are named with, before any talks within it.
    /// </summary>
    public static Meeting? TripOf(IEnumerable<Meeting> meetings, IEnumerable<string> people) =>
        meetings.LastOrDefault(x => x.Kind == MeetingKinds.Visit && x.Held && !x.Recalled && people.Any(x.Participants.ContainsKey));
}
