using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X welcomed the agreement Y signed in the capital", "X praised the accord in a statement issued on Monday": a name whose
/// own verb is a reaction to the document ("welcomed", "praised", "hailed" with the document as its object) is that verb's
/// subject, not the subject of the signing or issuing verb that follows a few words later (the pattern: news reports leaders
/// and officials welcoming or praising a deal others signed; the signing verb sits in a relative clause on the document or in
/// a phrase of its own). "X welcomed Y and signed the accord" keeps X: an "and" or a comma before the signing verb ends the rule.
/// </summary>
internal static class ReactionToTheDocument
{
    /// <summary>Verbs of reacting to a text someone else made.</summary>
    private static readonly FrozenSet<string> ReactionVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "welcomed", "welcomes", "praised", "praises", "hailed", "hails", "applauded", "applauds", "lauded", "lauds", "commended", "commends",
        "criticised", "criticized", "criticises", "criticizes", "condemned", "condemns", "denounced", "denounces", "rejected", "rejects",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many words may stand between the reaction verb and its document noun ("welcomed the new peace agreement").</summary>
    private const int ObjectReach = 4;

    /// <summary>
    /// Whether a reaction verb with a document as its object stands between a name ending at <paramref name="from"/> and the
    /// signing verb at <paramref name="verb"/>, with no "and" or comma after it.
    /// </summary>
    public static bool Between(List<Token> tokens, int from, int verb)
    {
        for (var k = from; k < verb; k++)
        {
            if (!ReactionVerbs.Contains(tokens[k].Text)) continue;
            var noun = false;
            for (var j = k + 1; j < verb; j++)
            {
                if (tokens[j].Lower is "and" or "," or ";") return false;
                if (j <= k + ObjectReach && AgreementKinds.KindOf(tokens[j].Lower, tokens[j - 1].Lower) is not null) noun = true;
            }
            return noun;
        }
        return false;
    }
}
