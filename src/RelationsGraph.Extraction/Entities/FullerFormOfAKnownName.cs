using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Ruritania's Tomas Vela Ibarra,", "the Secretary of Foreign Affairs, Julia Ortega Salcedo;", "Sheikh Nasser al-Hamid
/// al-Rashed,", "Freedonia's Ana de la Vega de Soto,": a known person's two-word (or longer) short form followed, to the end of
/// its capitalised span, by one or two more surname words, which a particle ("de", "da", "bin") or a hyphened Arabic article
/// ("al-", "el-") may open, is the fuller form of that name (pattern: a second surname or family name written after the name most
/// reports use). The span must close on punctuation, as a name in running prose does; a title-case headline ("X Hails Deal")
/// does not, and words that are no name's (months, suffixes of places and bodies, document and office words) never join.
/// </summary>
internal static class FullerFormOfAKnownName
{
    private static readonly FrozenSet<string> Particles = new HashSet<string>(StringComparer.Ordinal)
    {
        "de", "da", "del", "dos", "das", "di", "bin", "ibn",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The last chunk of the fuller name opened by the known person at chunk <paramref name="k"/>, or <paramref name="k"/>.</summary>
    public static int End(List<NameChunk> chunks, List<Token> tokens, int k, Func<string, bool> neverInAName)
    {
        var known = chunks[k];
        if (known.End - known.Start < 2 || k + 1 >= chunks.Count) return k;
        var j = k + 1;
        if (chunks[j].IsJoiner && Particles.Contains(chunks[j].Text)) j++;
        else if (chunks[j].IsJoiner && chunks[j].Text is "al" or "el" && j + 1 < chunks.Count && chunks[j + 1].Text == "-") j += 2;
        var words = 0;
        for (; j < chunks.Count && words < 3; j++, words++)
            if (!IsNameWord(chunks[j]) || neverInAName(chunks[j].Text)) break;
        // Only one or two words, and they close the span.
        if (words is 0 or > 2 || j != chunks.Count) return k;
        var after = chunks[^1].End;
        if (after >= tokens.Count || tokens[after].Text is not ("," or ";" or ")" or ".")) return k;
        return chunks.Count - 1;
    }

    /// <summary>An unknown capitalised word that may be a word of a person's name (no month, suffix, person noun or honorific).</summary>
    public static bool IsNameWord(NameChunk c) =>
        c.IsUnknownWord && c.Text.Length > 1 && char.IsUpper(c.Text[0]) && c.Text.Any(char.IsLower) &&
        c.Text is not ("Jr" or "Sr") && !Months.IsMonthOrWeekday(c.Text) && !Lexicon.NotNames.Contains(c.Text) &&
        !Lexicon.PlaceSuffixes.Contains(c.Text) && !Lexicon.OrganizationSuffixes.Contains(c.Text) && !Lexicon.PersonNouns.Contains(c.Text) &&
        !Lexicon.NameHonorifics.Contains(c.Text) && !Portfolios.Contains(c.Text) && !RegionOfACountryName.IsCompassWord(c.Text);
}
