using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The King conferred the Order of X on the visiting premier", "the president bestowed on her the country's
/// highest honour": a state decoration handed over in person is a ceremony of its own, with the one who gives it
/// and the one who receives it (pattern: an honour conferred during a visit).
/// </summary>
internal static class HonourConferment
{
    private static readonly FrozenSet<string> Verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "conferred", "confers", "bestowed", "bestows" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> HonourWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "order", "honour", "honor", "medal", "decoration", "award", "knighthood", "companion", "grand", "collar" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private const int Reach = 16;

    /// <summary>True at a conferring verb whose object, within a short reach in the clause, names an honour.</summary>
    public static bool IsAt(List<Token> tokens, int i)
    {
        if (!Verbs.Contains(tokens[i].Text)) return false;
        // "X conferred with Y": consulting, not decorating.
        if (i + 1 < tokens.Count && tokens[i + 1].Lower == "with") return false;
        for (var k = i + 1; k < Math.Min(tokens.Count, i + Reach) && tokens[k].Text is not (";" or "." or ":"); k++)
            if (HonourWords.Contains(tokens[k].Text)) return true;
        return false;
    }
}
