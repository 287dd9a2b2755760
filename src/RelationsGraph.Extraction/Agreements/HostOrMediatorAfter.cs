using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Belvaria, which also hosted the 1981 signing", "the Belvarian envoy, whose government hosted the contacts", "thanked
/// Belvaria for hosting the talks", "as Belvaria prepared to host the leaders": a country the sentence tells as the host or
/// mediator of the making, in the words right after it or in a relative clause of its own phrase, stood beside the document
/// and is no side of it (the pattern: a role told after a name belongs to that name, as "hosted by X" does before it).
/// </summary>
internal static class HostOrMediatorAfter
{
    private static readonly FrozenSet<string> RoleVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "hosted", "hosting", "host", "hosts", "mediated", "mediating", "brokered", "brokering",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> HostingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "hosted", "hosting", "host", "hosts" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far past the country its own phrase may run before the comma of its relative clause ("Belvarian Foreign Minister Ana Kree, whose").</summary>
    private const int PhraseReach = 6;

    public static bool At(List<Token> tokens, IReadOnlyList<Mention> mentions, Mention country)
    {
        var end = country.TokenEnd;
        // "signed the pact with Belvaria, which hosted the ceremony": a country the document is made with is a side, whatever it hosted.
        if (country.TokenStart > 0 && tokens[country.TokenStart - 1].Lower is "with" or "between") return false;
        // "thanked Belvaria for hosting", "Belvaria prepared to host", "Belvaria hosted": a hosting verb within two words of the
        // name. Not "brokered" or "mediated" there: "the truce that A and B brokered" may tell its makers.
        for (var k = end; k < tokens.Count && k <= end + 2 && tokens[k].Text is not ("," or ";" or "." or "and"); k++)
            if (HostingVerbs.Contains(tokens[k].Text)) return true;
        // "Belvaria, which also hosted", "the Belvarian envoy, whose government hosted": the relative clause of the name's own
        // phrase, with no other country between the name and the comma (else the clause is that country's).
        for (var k = end; k < tokens.Count && k <= end + PhraseReach; k++)
        {
            if (tokens[k].Text is ";" or "." or "and" or "or") return false;
            if (tokens[k].Text != ",") continue;
            if (mentions.Any(m => m.Kind == MentionKind.Country && m.TokenStart >= end && m.TokenStart < k)) return false;
            if (k + 1 >= tokens.Count || tokens[k + 1].Lower is not ("which" or "whose" or "who")) return false;
            for (var v = k + 2; v < tokens.Count && v <= k + 4 && tokens[v].Text is not ("," or ";" or "."); v++)
                if (RoleVerbs.Contains(tokens[v].Text)) return true;
            return false;
        }
        return false;
    }
}
