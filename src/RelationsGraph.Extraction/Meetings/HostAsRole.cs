using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X, who was host, said ...", "where X played host to his neighbours", "X, speaking as host, thanked ...": "host" as the
/// complement of a copula, of "play" or of a predicative "as" names the role a person holds at the gathering already told,
/// not a visit of its own (pattern: a role noun, not a hosting verb). "with X as host" stays a reference: that absolute
/// phrase attaches its host to the gathering of its own clause ("the summit opens on Monday with X as host"); so does
/// "was host to his colleagues A and B", whose guests are named, as with a hosting verb. The plural "as hosts" is left to
/// the places or bodies that take turns hosting.
/// </summary>
internal static class HostAsRole
{
    public static bool IsAt(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "host" || i == 0 || NamesGuests(tokens, i)) return false;
        var before = tokens[i - 1].Lower;
        if (before is "was" or "is" or "were" or "play" or "plays" or "played" or "playing") return true;
        if (before != "as") return false;
        for (var k = i - 2; k >= 0 && k >= i - 6; k--)
        {
            if (tokens[k].Text is "," or ";" or ":" or "." or "—" or "–") break;
            if (tokens[k].Lower == "with") return false;
        }
        return true;
    }

    /// <summary>"host to his colleagues A and B": a capitalised name in the "to" phrase before the clause ends.</summary>
    private static bool NamesGuests(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || tokens[i + 1].Lower != "to") return false;
        for (var k = i + 2; k < tokens.Count; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" or "." or "—" or "–") return false;
            if (tokens[k].IsWord && tokens[k].IsCapitalized) return true;
        }
        return false;
    }
}
