using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X and his Ruritanian counterpart, Y, held talks": news names the other side of a pairing as the first person's
/// counterpart, a possessive and an office noun between the two names of one coordinated subject (pattern: "A and
/// his/her [nationality] counterpart[,] B" is a list of two, like "A and B"). True when only "and", the possessive,
/// capitalized qualifiers, "counterpart(s)" and an optional comma stand between the two names.
/// </summary>
internal static class CounterpartConjunct
{
    /// <summary>How many capitalized qualifiers may stand before "counterpart" ("his South Korean counterpart").</summary>
    private const int QualifierReach = 3;

    public static bool Joins(List<Token> tokens, int previousEnd, int nextStart)
    {
        if (nextStart - previousEnd < 3 || nextStart > tokens.Count || tokens[previousEnd].Lower != "and" ||
            tokens[previousEnd + 1].Lower is not ("his" or "her" or "their")) return false;
        var k = previousEnd + 2;
        while (k < nextStart && k - previousEnd - 2 < QualifierReach && tokens[k].IsCapitalized) k++;
        if (k >= nextStart || tokens[k].Lower is not ("counterpart" or "counterparts")) return false;
        k++;
        if (k < nextStart && tokens[k].Text == ",") k++;
        return k == nextStart;
    }
}
