using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "lost under the Treaty of Velmora in 1712", "the Accord of Ostravel (1911)": a bare year right after a titled document's
/// name, joined by "in" or set in brackets, is the year the document was made (the pattern: history and anniversary
/// pieces date a recalled treaty by the year told after its title). Years before 1800 count here, since "in" makes the
/// number a year. A verb before the name that acts on a document already made ("joined the Treaty of X in 1973") gives
/// the year of that act, not the document's; a lowercase word after the year ("in 1990 dollars") makes it qualify a noun.
/// </summary>
internal static class YearAfterTitle
{
    private static readonly FrozenSet<string> ActsOnAMadeDocument = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "joined", "join", "joins", "joining", "acceded", "accede", "left", "leave", "leaving", "quit", "withdrew", "withdraw", "withdrawn", "exited",
          "suspended", "violated", "invoked", "renounced", "abandoned", "breached", "scrapped", "revised", "amended", "ratified", "ratify",
          "denounced", "annulled", "extended", "renewed", "applied", "implemented", "enforced", "tore", "rejected" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The year told right after the name ending before <paramref name="nameEnd"/>, or null.</summary>
    public static int? At(List<Token> tokens, int start, int nameEnd)
    {
        if (nameEnd + 1 >= tokens.Count) return null;
        var bracketed = tokens[nameEnd].Text == "(";
        if (!bracketed && tokens[nameEnd].Lower != "in") return null;
        var k = nameEnd + 1;
        if (tokens[k].Text.Length != 4 || !tokens[k].Text.All(char.IsAsciiDigit) || int.Parse(tokens[k].Text) is not (>= 1000 and <= 2100 and var y)) return null;
        if (bracketed ? k + 1 >= tokens.Count || tokens[k + 1].Text != ")" : k + 1 < tokens.Count && tokens[k + 1].IsWord && char.IsLower(tokens[k + 1].Text[0])) return null;
        for (var j = Math.Max(0, start - 3); j < start; j++)
            if (ActsOnAMadeDocument.Contains(tokens[j].Text)) return null;
        return y;
    }
}
