using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "the envoy signed for King X", "the minister acted for Queen Y", "A signed for Emperor P, and B, his chamberlain, for
/// Queen Q": the ruler or leader an agent signs or acts for is the one in whose name the act is done, not one in the room
/// (pattern: the person right after "for" following a verb of signing or acting, or in a gapped repeat of that clause, is the
/// principal, as "on behalf of" names one; see <see cref="ParticipantFilters.ActsUnderAnother"/>).
/// </summary>
internal static class SignedForAPrincipal
{
    private static readonly FrozenSet<string> Verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "signed", "sign", "signs", "signing", "initialled", "initialed", "initialling", "initialing",
        "acted", "act", "acts", "acting", "negotiated", "negotiating",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Fillers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "then", "late", ".", "-" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="person"/>, with its title, is the object of such a "for".</summary>
    public static bool Is(List<Token> tokens, Mention person)
    {
        // Back over the title before the name: "for King", "for the late Emperor".
        var k = person.TokenStart - 1;
        while (k >= 0 && person.TokenStart - k <= 5 && (tokens[k].IsCapitalized && tokens[k].IsWord || Fillers.Contains(tokens[k].Text))) k--;
        if (k < 1 || tokens[k].Lower != "for") return false;
        if (Verbs.Contains(tokens[k - 1].Text)) return true;
        // A gapped repeat, "..., and B for Queen Q" / "and for Queen Q by B": the clause's verb stands with an earlier "for".
        if (tokens[k - 1].Text is not ("," or "and" or ";") && !tokens[k - 1].IsCapitalized) return false;
        for (var j = k - 2; j >= 1 && k - j <= 40 && tokens[j].Text != "."; j--)
            if (tokens[j].Lower == "for" && Verbs.Contains(tokens[j - 1].Text)) return true;
        return false;
    }
}
