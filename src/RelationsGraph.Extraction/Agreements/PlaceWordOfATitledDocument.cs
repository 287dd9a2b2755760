namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The Treaty of Varnholm was signed ..." then, in a later note, "The Varnholm agreement, concluded in 1712, ...": a definite
/// reference whose modifiers (the place word, the sides' names; all but a year) all stand in the title of the one titled document the
/// story tells, undated or of the same year, is that document under a looser noun, and its year is the document's year (the
/// pattern: a reporter shortens "Treaty of X" to "the X agreement" or "the X treaty"; the noun varies, the place word does not).
/// A reference set apart ("another Varnholm treaty") or one whose modifiers fit two titled documents stays open.
/// </summary>
internal static class PlaceWordOfATitledDocument
{
    public static Agreement? Of(List<Agreement> agreements, HashSet<Agreement> used, AgreementMention m)
    {
        if (m.Title is not null || m.SetApart || m.Year is not { } year) return null;
        var tokens = m.Sentence.Tokens;
        if (m.TokenEnd - m.TokenStart < 3 || !tokens[m.TokenStart].Lower.Equals("the", StringComparison.Ordinal)) return null;
        // Every word between "the" and the noun must stand in the title, numbering too ("the Varnholm II agreement" is no
        // "Varnholm III Agreement"); only the year may be told apart.
        var modifiers = tokens.Skip(m.TokenStart + 1).Take(m.TokenEnd - m.TokenStart - 2)
            .Where(t => t.IsWord && !char.IsDigit(t.Text[0])).Select(t => t.Text).ToList();
        if (modifiers.Count == 0 || !modifiers.Any(w => char.IsUpper(w[0]))) return null;
        if (tokens.Skip(m.TokenStart + 1).Take(m.TokenEnd - m.TokenStart - 2).Any(t => !t.IsWord && !char.IsDigit(t.Text[0]))) return null;
        var named = agreements.Where(a => !used.Contains(a) && a.Title is { } title && (a.Year is null || a.Year == year)
                                          && modifiers.All(w => TitleWords(title).Contains(w, StringComparer.OrdinalIgnoreCase))).Take(2).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static string[] TitleWords(string title) =>
        title.Split([' ', '-', '\u2013', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
}
