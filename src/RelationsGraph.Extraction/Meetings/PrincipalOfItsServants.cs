using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "the envoys of King X put their names to", "the plenipotentiaries of Y met", "a diplomat who had the confidence of Z", "the
/// court of W", "in the name of V": the one whom a group of agents, a household or a favour belongs to is named as their
/// principal, not as one who was there or signed (pattern: a ruler or leader in the "of" phrase after plural serving nouns
/// acts through them; the singular "envoy of" is <see cref="ParticipantFilters.IsServedByAnother"/>'s).
/// </summary>
internal static class PrincipalOfItsServants
{
    private static readonly FrozenSet<string> Nouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "envoys", "representatives", "plenipotentiaries", "emissaries", "delegates", "advisers", "advisors", "aides", "ministers",
        "agents", "commissioners", "ambassadors", "negotiators", "deputies", "courtiers", "officers", "servants",
        // a favour or a household held of someone: "had the confidence of X", "at the court of X".
        "confidence", "trust", "favour", "favor", "court",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Fillers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "then", "late", "former", "." }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="person"/> is the object of "of" after such a noun, or of "in the name of".</summary>
    public static bool Is(List<Token> tokens, Mention person)
    {
        // Back over a title before the name: "of King", "of the late Emperor".
        var k = person.TokenStart - 1;
        while (k >= 0 && person.TokenStart - k <= 5 && (tokens[k].IsCapitalized && tokens[k].IsWord || Fillers.Contains(tokens[k].Text))) k--;
        if (k < 1 || tokens[k].Lower != "of") return false;
        var noun = tokens[k - 1];
        if (noun.IsCapitalized) return false;
        if (Nouns.Contains(noun.Text)) return true;
        return noun.Lower == "name" && k >= 3 && tokens[k - 2].Lower == "the" && tokens[k - 3].Lower == "in";
    }
}
