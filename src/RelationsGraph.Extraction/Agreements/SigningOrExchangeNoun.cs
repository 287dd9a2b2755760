using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Both premiers later witnessed the exchange of cooperation documents", "the premiers looked on at the signing of three
/// accords", "the memoranda were exchanged after the talks": a signing told by its noun ("the signing of", "the exchange
/// of") or by the verb "exchanged" is a signing as "signed" is, for finding the ceremony that made the documents (the
/// pattern: visit coverage tells the act at a ceremony by the noun of what the leaders witnessed, or by the exchange of
/// the signed copies). "exchange of views" and "exchange of fire" tell no document.
/// </summary>
internal static class SigningOrExchangeNoun
{
    public static bool AnyIn(List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var lower = tokens[k].Lower;
            if (lower == "exchanged") return true;
            if (lower is not ("signing" or "exchange" or "signings" or "exchanges") || k + 1 >= tokens.Count || tokens[k + 1].Lower != "of") continue;
            if (k + 2 < tokens.Count && tokens[k + 2].Lower is "views" or "fire" or "ideas" or "opinions" or "prisoners" or "visits" or "experience" or "experiences" or "information") continue;
            return true;
        }
        return false;
    }
}
