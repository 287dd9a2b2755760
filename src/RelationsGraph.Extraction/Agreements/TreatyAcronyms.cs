using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// Short names of widely known treaties ("replaces NAFTA", "the JCPOA"): an article often gives only the acronym, or gives it
/// after the full title. The list is world knowledge, not any article's; organizations' acronyms (NATO, ASEAN) stay out.
/// </summary>
internal static class TreatyAcronyms
{
    private static readonly FrozenSet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "NAFTA", "USMCA", "CUSMA", "JCPOA", "AfCFTA", "CPTPP", "TPP", "RCEP", "CETA", "TTIP", "NPT", "CTBT", "TPNW", "GATT", "ECFA",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string token) => Known.Contains(token);

    /// <summary>The known acronyms (for the finder's cheap first test, see AgreementMentionFinder.DocumentNounAnchors).</summary>
    public static IEnumerable<string> Acronyms => Known;

    /// <summary>
    /// "NAFTA" and "the North American Free Trade Agreement", "JCPOA" and "Joint Comprehensive Plan of Action": the acronym's
    /// capitals are the initials of the title's words, with or without its small words (the pattern: an acronym spells its title).
    /// </summary>
    public static bool Abbreviates(string acronym, string title)
    {
        var capitals = new string(acronym.Where(char.IsUpper).ToArray());
        if (capitals.Length < 2) return false;
        var words = title.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.Equals("the", StringComparison.OrdinalIgnoreCase) && char.IsLetter(w[0])).ToList();
        var all = new string(words.Select(w => char.ToUpperInvariant(w[0])).ToArray());
        var capitalised = new string(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray());
        // "CUSMA" for "the United States-Mexico-Canada Agreement": each side puts its own name first, so the order may differ.
        return capitals == all || capitals == capitalised || capitals.Length >= 4 && Sorted(capitals) == Sorted(capitalised);
    }

    private static string Sorted(string letters) => new(letters.OrderBy(c => c).ToArray());

    /// <summary>"the Regional Comprehensive Economic Partnership ... RCEP": whether a run of the sentence's words spells the acronym.</summary>
    public static bool SpelledIn(string acronym, List<Token> tokens)
    {
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!tokens[start].IsCapitalized || !tokens[start].IsWord || tokens[start].Text == acronym) continue;
            for (var end = start + 2; end <= Math.Min(tokens.Count, start + 10); end++)
                if (Abbreviates(acronym, string.Join(" ", tokens.Skip(start).Take(end - start).Select(t => t.Text)))) return true;
        }
        return false;
    }
}
