using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Corvic port of Tessalt", "the Amber Sea resort of Varnholm", "the Norvan lakeside town of Pell": news introduces a
/// little-known place by a descriptive head (a regional or national adjective, a sea or a region, at most one lowercase
/// qualifier, then a settlement noun) and names it after "of". The capitalised words of the descriptive head tell where or
/// what the place is; they are not a place of their own, and the settlement noun is not part of a venue's name
/// (pattern: "the" + descriptive name + settlement noun + "of" + the place's name).
/// </summary>
internal static class DescriptiveSettlementHead
{
    /// <summary>
    /// True when the capitalised name from <paramref name="first"/> to <paramref name="end"/> (exclusive) stands right after
    /// "the" and right before a settlement noun (at most one lowercase qualifier between) followed by "of" and a capitalised word.
    /// </summary>
    public static bool Describes(List<Token> tokens, int first, int end)
    {
        // "the Corvic port", "the Norvan Amber Sea resort": after "the" or after another capitalised word of the head.
        if (first < 1 || tokens[first - 1].Lower != "the" && !(tokens[first - 1].IsWord && tokens[first - 1].IsCapitalized && first >= 2 && tokens[first - 2].Lower == "the")) return false;
        var k = end;
        if (k + 1 < tokens.Count && IsLowerWord(tokens[k]) && !IsHead(tokens[k].Lower) && IsHead(tokens[k + 1].Lower)) k++;
        return k + 2 < tokens.Count && IsLowerWord(tokens[k]) && IsHead(tokens[k].Lower) && tokens[k + 1].Lower == "of" &&
               tokens[k + 2].IsWord && tokens[k + 2].IsCapitalized;
    }

    private static bool IsHead(string lower) => lower is "port" or "city" or "town" or "resort" or "village" or "capital" or "hamlet"
        or "township" or "oasis" or "island" or "enclave";

    private static bool IsLowerWord(Token t) => t.IsWord && !t.IsCapitalized;
}
