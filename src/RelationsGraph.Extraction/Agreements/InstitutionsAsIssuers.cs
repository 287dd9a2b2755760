using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The communiqué, issued by both governments", "released by the two foreign ministries", "the two governments also
/// issued a joint statement": a joint text whose making sentence gives institutions as its issuers was put out by those
/// offices, not by the people who met, so the meeting's people are not its signers (the pattern: news copy credits a
/// government-to-government text to the governments or ministries that released it; SIGNED needs a person who signed or issued it).
/// </summary>
internal static class InstitutionsAsIssuers
{
    /// <summary>Verbs that put out a text.</summary>
    private static readonly FrozenSet<string> IssuingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "issued", "released", "published" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural nouns of institutions that may put out a text in their own name.</summary>
    private static readonly FrozenSet<string> Institutions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "governments", "ministries", "administrations", "cabinets" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between a subject and its issuing verb ("the two governments also issued").</summary>
    private static readonly FrozenSet<string> BeforeTheVerb = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "also", "then", "later", "jointly", "have", "had" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many words of determiner, count and modifier may open the institution's phrase ("the two foreign ministries").</summary>
    private const int PhraseReach = 4;

    /// <summary>Whether an issuing verb of the sentence has institutions as its agent after "by" or as its subject before it.</summary>
    public static bool In(List<Token> tokens)
    {
        for (var v = 0; v < tokens.Count; v++)
        {
            if (!IssuingVerbs.Contains(tokens[v].Text)) continue;
            // "issued by both governments": the institution noun within a few words after "by".
            if (v + 1 < tokens.Count && tokens[v + 1].Lower == "by")
                for (var k = v + 2; k < tokens.Count && k <= v + 1 + PhraseReach; k++)
                {
                    if (Institutions.Contains(tokens[k].Text)) return true;
                    if (!tokens[k].IsWord || tokens[k].IsCapitalized) break;
                }
            // "the two governments also issued": the institution noun right before the verb, adverbs aside.
            var s = v - 1;
            while (s > 0 && BeforeTheVerb.Contains(tokens[s].Text)) s--;
            if (s >= 0 && Institutions.Contains(tokens[s].Text)) return true;
        }
        return false;
    }
}
