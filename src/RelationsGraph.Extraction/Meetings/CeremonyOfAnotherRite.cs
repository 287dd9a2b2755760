using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Once the talks ended the two leaders signed five agreements, and the host then gave his guest a welcome ceremony": a ceremony
/// whose own modifier names a rite of the visit's programme (a welcome, an arrival, a reception, a wreath-laying, a farewell)
/// is that rite, not the signing told elsewhere in its sentence (pattern: state-visit reports that tell the welcome
/// ceremony, the talks and the signing of documents in one sentence). "a signing ceremony" keeps its own noun.
/// </summary>
internal static class CeremonyOfAnotherRite
{
    private static readonly HashSet<string> RiteWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "welcome", "welcoming", "arrival", "reception", "wreath-laying", "laying", "farewell", "departure", "send-off",
    };

    /// <summary>Whether the ceremony noun at <paramref name="i"/> is named as another rite by the word just before it.</summary>
    public static bool IsAt(List<Token> tokens, int i) =>
        i > 0 && tokens[i].Lower is "ceremony" or "ceremonies" && RiteWords.Contains(tokens[i - 1].Lower);
}
