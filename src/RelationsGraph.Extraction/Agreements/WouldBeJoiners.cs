using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Norland hopes to join the Harbour Pact", "the minister wants the candidate states (A, B) to join the existing pact members",
/// "Valdoria is seeking to accede to the convention": a state named before a present or coming "join" or "accede" whose object
/// is the document is a would-be member, not yet one of its sides; the members it would join may be named after the verb
/// (the pattern: joining told ahead is an aim, and the document's sides are those already in it). "joined" and "acceded"
/// tell a done accession and are left as they were.
/// </summary>
internal static class WouldBeJoiners
{
    private static readonly FrozenSet<string> JoinVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "join", "joins", "joining", "accede", "accedes", "acceding" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the country is the subject of a coming "join" whose object, a few words on, is the document: the country, the
    /// rest of its list ("A, B and C", "(A, B and C)"), then only the verb's own lower-case words ("wants to", "hopes to").
    /// </summary>
    public static bool At(List<Token> tokens, IReadOnlyList<Mention> mentions, Mention country, int documentStart)
    {
        if (documentStart <= country.TokenEnd) return false;
        // The verb right before the document: "join the existing pact", "accede to the convention".
        var verb = -1;
        for (var v = documentStart - 1; v >= country.TokenEnd && documentStart - v <= 3; v--)
            if (JoinVerbs.Contains(tokens[v].Text)) { verb = v; break; }
        if (verb < 0) return false;
        // Past the rest of the country's list.
        var k = country.TokenEnd;
        while (k < verb)
        {
            if (tokens[k].Text is "," or ")" || tokens[k].Lower is "and" or "or") { k++; continue; }
            if (mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && m.TokenStart == k) is { } next) { k = next.TokenEnd; continue; }
            break;
        }
        // Then only the verb's chain: "wanted to", "is seeking to", "to" - a few lower-case words of no telling.
        if (verb - k > 4) return false;
        for (var j = k; j < verb; j++)
            if (!tokens[j].IsWord || tokens[j].IsCapitalized || tokens[j].Lower is "said" or "says" or "told" or "that") return false;
        return true;
    }
}
