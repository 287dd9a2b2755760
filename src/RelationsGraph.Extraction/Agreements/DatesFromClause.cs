using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "a trade agreement that dates from 1987", "the accord, which dates back to 2004": a relative clause saying where a document
/// dates from gives the time it was made, as a making verb would (the pattern: "date from/back to" tells an origin).
/// </summary>
internal static class DatesFromClause
{
    /// <summary>Whether the word at <paramref name="v"/> is "dates" or "dated" followed by "from" or "back to/from".</summary>
    public static bool At(List<Token> tokens, int v)
    {
        if (tokens[v].Lower is not ("dates" or "dated" or "date")) return false;
        var k = v + 1;
        if (k < tokens.Count && tokens[k].Lower == "back") k++;
        return k < tokens.Count && tokens[k].Lower is "from" or "to" && (tokens[k].Lower == "from" || k == v + 2);
    }
}
