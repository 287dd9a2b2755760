using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "The accord was signed in Lorvik on Monday by Tamsin Orrel for the government and by Edo Vannak for the movement": the agent
/// of a passive signing is a signatory, and a bare full name right after its "by" is a person's even when nothing else in the
/// sentence shows it (pattern: the passive signing agent, often a delegate the lists do not know). The signing verb must stand
/// before the "by" in the same clause with no other participle between ("signed ..., witnessed by X" gives X to the witnessing),
/// and the name must be two to four capitalised words (name particles such as "al-" or "van" allowed) with no title or body word.
/// The agent may open a roll of signatories each told with its side ("signed by A for the council, B for the front and C for the
/// union", or after a colon closing a signing clause, "the parties that signed: A for X, B for Y"): each later name right before its
/// own "for" is the next signatory (pattern: the signing roll of names by side, where the sides are no countries).
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
        // The end of the last signatory of a roll the signing opened ("by A for X, B for Y and C for Z"), or -1.
        var rollEnd = -1;
        foreach (var p in people)
        {
            if (p.IsNominal || p.TokenStart < 2) continue;
            var before = tokens[p.TokenStart - 1];
            var opens = before.Lower == "by" && SignedBefore(tokens, p.TokenStart - 1) || before.Text == ":" && SigningRollBefore(tokens, p.TokenStart - 1);
            // "by A for the government, B for the front and C for the council": each later name told with its own side is the
            // next signatory of the roll (pattern: the signing roll of names by side, sides that are no countries).
            var item = !opens && rollEnd >= 0 && before.Text is "," or ";" or "and" && p.TokenStart - rollEnd <= RollGap &&
                       p.TokenEnd < tokens.Count && tokens[p.TokenEnd].Lower == "for" && !BreakBetween(tokens, rollEnd, p.TokenStart);
            if (!opens && !item)
            {
                if (rollEnd >= 0 && p.TokenStart - rollEnd > RollGap) rollEnd = -1;
                continue;
            }
            rollEnd = p.TokenEnd;
            if (p.HasPersonEvidence || p.Canonical is not null || !IsBareFullName(tokens, p)) continue;
            p.HasPersonEvidence = true;
            p.Rule += opens ? "; agent of a passive signing (\"signed ... by X\")" : "; next signatory of a signing roll, told with its side (\"by A for X, B for Y\")";
        }
    }

    /// <summary>How many tokens the side and apposition of one roll item may take before the next name.</summary>
    private const int RollGap = 12;

    private static bool BreakBetween(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (tokens[i].Text is "." or ":" || tokens[i].Lower is "who" or "which" or "while" or "whereas" or "but") return true;
        return false;
    }

    /// <summary>"... the ten parties that signed at Lorvik: A for X, B for Y": a colon closing a clause that tells a signing opens a roll.</summary>
    private static bool SigningRollBefore(List<Token> tokens, int colon)
    {
        for (var i = colon - 1; i >= 0 && colon - i <= Reach; i--)
        {
            if (tokens[i].Text is ";" or "." or ":") return false;
            if (SigningParticiples.Contains(tokens[i].Text) || tokens[i].Lower is "signatories" or "signatures" or "signers") return true;
        }
        return false;
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
