using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X led the talks for his government, with Y at his side", "A, B and C were at the premier's side", "At her side sat D":
/// someone told at the side of a person of the story is where that person is, at the gathering under discussion (pattern:
/// presence told as a place beside someone, "at his side", "at X's side", after "with", after a copula or posture, or fronted
/// before one). "at the side of the road" is a place, no one's side, and "on his side" or "by his side" tell support, not presence.
/// </summary>
internal static class AtSomeonesSide
{
    private const int WithReach = 14;

    private static readonly FrozenSet<string> Verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "was", "were", "sat", "sitting", "seated", "stood", "standing", "remained" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True at "side" of "at his side" or "at X's side" when "with", a copula or a posture introduces the people there.</summary>
    public static bool IsAt(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "side" || i < 2) return false;
        var p = PrepositionBefore(tokens, i);
        if (p < 0) return false;
        // "At his side sat X", "At the general's side were Y and Z": fronted, the people after the verb.
        if (p == 0 || p == 1 && tokens[0].Lower is "and" or "also")
            return i + 2 < tokens.Count && Verbs.Contains(tokens[i + 1].Text) && tokens[i + 2].IsCapitalized;
        // "A and B were at Sharif's side", "C sat at her side", "D was also at his side".
        var v = p - 1;
        if (tokens[v].Lower is "also" or "all" or "both" or "constantly" && v > 0) v--;
        if (Verbs.Contains(tokens[v].Text)) return true;
        // "..., with E at his side", "with F, the foreign minister, at her side": the companion told after "with" in the same clause.
        for (var k = p - 1; k >= 0 && p - k <= WithReach; k--)
        {
            if (tokens[k].Text is ";" or ":" or "." or "(" or ")") return false;
            // "with Y", "with Foreign Minister Z": a name or a title opens the companions; "with the jurist W" or "with his
            // aide V" more often tells someone at the side of a person elsewhere in the story than at its gathering.
            if (tokens[k].Lower == "with") return k + 1 < p && tokens[k + 1].IsCapitalized;
        }
        return false;
    }

    /// <summary>The index of "at" before "his side" or "X's side" ending at <paramref name="side"/>, or -1.</summary>
    private static int PrepositionBefore(List<Token> tokens, int side)
    {
        var k = side - 1;
        if (tokens[k].Lower is "his" or "her" or "their") k--;
        else if (tokens[k].Text is "'s" or "’s")
        {
            // "at Sharif's side", "at the General's side", "at the prime minister's side": the possessor, a name or a short title.
            k--;
            var words = 0;
            while (k >= 0 && words < 4 && tokens[k].IsWord && tokens[k].Lower != "at")
            {
                k--;
                words++;
            }
            if (words == 0) return -1;
        }
        else return -1;
        return k >= 0 && tokens[k].Lower == "at" ? k : -1;
    }
}
