using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "The accord was signed in Lorvik on Monday by Tamsin Orrel for the government and by Edo Vannak for the movement": the agent
/// of a passive signing is a signatory, and a bare full name right after its "by" is a person's even when nothing else in the
/// sentence shows it (pattern: the passive signing agent, often a delegate the lists do not know). The signing verb must stand
/// before the "by" in the same clause with no other participle between ("signed ..., witnessed by X" gives X to the witnessing),
/// and the name must be two to four capitalised words (name particles such as "al-" or "van" allowed) with no title or body word.
/// </summary>
internal static class SigningAgentName
{
    private static readonly FrozenSet<string> SigningParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "signed", "initialled", "initialed", "countersigned", "inked",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NameParticles = new HashSet<string>(StringComparer.Ordinal)
    {
        "al", "el", "bin", "ibn", "de", "da", "di", "do", "dos", "das", "du", "del", "van", "von", "der", "den", "la", "le", "y", "ould",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How far back from the "by" the signing verb may stand (place, date and side phrases between).</summary>
    private const int Reach = 24;

    public static void Apply(List<Token> tokens, List<Mention> people)
    {
        foreach (var p in people)
        {
            if (p.HasPersonEvidence || p.Canonical is not null || p.IsNominal || p.TokenStart < 2 || tokens[p.TokenStart - 1].Lower != "by") continue;
            if (!IsBareFullName(tokens, p) || !SignedBefore(tokens, p.TokenStart - 1)) continue;
            p.HasPersonEvidence = true;
            p.Rule += "; agent of a passive signing (\"signed ... by X\")";
        }
    }

    private static bool SignedBefore(List<Token> tokens, int by)
    {
        for (var i = by - 1; i >= 0 && by - i <= Reach; i--)
        {
            var t = tokens[i];
            if (t.Text is ";" or ":" or "." || t.Lower is "who" or "which" or "while" or "whereas" or "but") return false;
            if (SigningParticiples.Contains(t.Text)) return true;
            // Another participle nearer the "by" takes the agent ("witnessed by", "brokered by", "attended by").
            if (t.IsWord && !t.IsCapitalized && t.Lower.Length > 3 && t.Lower.EndsWith("ed", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    private static bool IsBareFullName(List<Token> tokens, Mention person)
    {
        var capitalised = 0;
        for (var i = person.TokenStart; i < person.TokenEnd; i++)
        {
            var t = tokens[i];
            if (!t.IsWord) { if (t.Text is "-" or "'" or "’" or ".") continue; return false; }
            if (!t.IsCapitalized) { if (NameParticles.Contains(t.Text)) continue; return false; }
            if (SideNamedWithFor.TitleOrBodyWords.Contains(t.Text) || Lexicon.OfficeNouns.Contains(t.Text) || Lexicon.OfficeHolderNouns.Contains(t.Text) ||
                Lexicon.OrganizationSuffixes.Contains(t.Text) || Lexicon.PlaceSuffixes.Contains(t.Text) || Lexicon.NotNames.Contains(t.Text)) return false;
            capitalised++;
        }
        return capitalised is >= 2 and <= 4;
    }
}
