using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "COUNTRY SIGNS PEACE DEAL WITH NEIGHBOUR", "FINAL COMMUNIQUE": words set all in capitals are a headline, a kicker or a
/// section heading, so their capitals say nothing of a name (the pattern: a title is told by initial capitals among
/// lower-case words; a run of upper-case words is typography). Acronyms beside a normal word ("the ASEAN Charter") stay.
/// </summary>
internal static class HeadlineCapitals
{
    /// <summary>Whether every word from <paramref name="start"/> to before <paramref name="end"/> is upper case, with at least two such words.</summary>
    public static bool AllCapitals(List<Token> tokens, int start, int end)
    {
        var words = 0;
        for (var k = start; k < end; k++)
        {
            if (!tokens[k].IsWord) continue;
            if (!WordCase.IsAllCapitals(tokens[k].Text)) return false;
            words++;
        }
        return words >= 2;
    }
}
