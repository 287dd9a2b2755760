using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The president addressed the Latvian parliament", "is to address a joint session of Congress", "an address to the
/// Knesset": a visitor speaking before a legislature is a speech of its own on the visit (pattern: the address to
/// parliament in a state visit's programme).
/// </summary>
internal static class LegislatureAddress
{
    internal static readonly FrozenSet<string> Verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "address", "addressed", "addresses", "addressing" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Legislatures = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "parliament", "knesset", "congress", "legislature", "lawmakers", "senate", "bundestag", "duma", "parliamentarians", "majlis", "sejm", "diet",
        // Legislatures news names by their own word, untranslated ("addressed the Verkhovna Rada", "spoke to the Storting").
        "rada", "khural", "storting", "riksdag", "folketing", "althing", "eduskunta", "saeima", "seimas", "riigikogu", "sabor", "oireachtas",
        "cortes", "sangsad", "sabha", "bundesrat", "nationalrat",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The last word of a chamber named "House of ..." or "Chamber of ..." ("the House of Commons", "the Chamber of Deputies").</summary>
    private static readonly FrozenSet<string> ChamberMembers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "commons", "lords", "representatives", "deputies", "councillors", "councilors", "assembly",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private const int Reach = 7;

    /// <summary>True at an addressing verb, or "address to", whose object within a short reach names a legislature.</summary>
    public static bool IsAt(List<Token> tokens, int i)
    {
        if (!Verbs.Contains(tokens[i].Text)) return false;
        for (var k = i + 1; k < Math.Min(tokens.Count, i + Reach) && tokens[k].Text is not (";" or "." or ":" or ","); k++)
        {
            if (Legislatures.Contains(tokens[k].Text)) return true;
            // "a joint session of Congress", "a joint sitting of Parliament", "the National Assembly".
            if (tokens[k].Lower is "session" or "sitting" && tokens[k - 1].Lower == "joint") return true;
            if (tokens[k].Lower == "assembly" && tokens[k - 1].Lower == "national") return true;
            // "addressed the House of Commons", "an address to the Chamber of Deputies": a chamber named by its members is a legislature
            // whatever the country (pattern: the lower or upper house told by its English or translated name).
            if (k >= i + 3 && ChamberMembers.Contains(tokens[k].Text) && tokens[k - 1].Lower == "of" && tokens[k - 2].Lower is "house" or "chamber") return true;
        }
        return false;
    }
}
