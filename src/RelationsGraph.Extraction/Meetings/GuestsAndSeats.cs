using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// A gathering's roll call told in a sentence of its own, after the gathering was named: "His guests were A, B and C",
/// "The guests included A and B", "Four presidents sat at the table: A, B, C and D", "A and B took their seats".
/// Being a host's guest or sitting at the gathering's table is attendance (pattern: a roll call without a meeting word).
/// </summary>
internal static class GuestsAndSeats
{
    private static readonly HashSet<string> RollCallVerbs = new(StringComparer.OrdinalIgnoreCase) { "were", "are", "included", "includes", "include" };
    private static readonly HashSet<string> SeatNouns = new(StringComparer.OrdinalIgnoreCase) { "table" };

    public static bool IsRollCall(IReadOnlyList<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        if (w is "guests" && i + 1 < tokens.Count && RollCallVerbs.Contains(tokens[i + 1].Text)) return true;
        // "sat at the table", "sat around the table": a seat at the gathering. "Sat across a table" describes the
        // meeting itself ("had not sat across a table since ..." recalls one), so it is left to the meeting words.
        if (w is "sat" or "seated")
            return i + 3 < tokens.Count && tokens[i + 1].Lower is "at" or "around" && tokens[i + 2].Lower == "the" && SeatNouns.Contains(tokens[i + 3].Text);
        // "took their seats": the people of the gathering settle in.
        return w is "took" or "taking" && i + 2 < tokens.Count && tokens[i + 1].Lower is "their" or "his" or "her" && tokens[i + 2].Lower is "seats" or "seat";
    }
}
