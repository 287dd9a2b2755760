namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "BEIJING - President A, on his first state visit, was welcomed by Chinese President B": a story filed from the host's capital
/// that names the visiting leader without a nationality while it marks the host's leader is written by the visitor's own
/// press, which names its own side bare and the foreigners with their nationality. Its unmarked officials ("Science Minister
/// X said") are then the visitor's, not the dateline country's (pattern: a paper leaves its own country's officials unmarked
/// wherever it files from). Only known leaders are read, at their first mention: the first of the host's must be marked and
/// the first of another country's told with a bare title before the name; a host's paper marks the guest and leaves its own
/// leader bare.
/// </summary>
internal static class VisitorsOwnPress
{
    /// <summary>The country whose officials the story leaves unmarked: the visitor told bare, else <paramref name="home"/>.</summary>
    public static string? Home(string? home, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        if (home is null) return null;
        Mention? host = null, visitor = null;
        foreach (var sentence in mentions)
            foreach (var m in sentence)
            {
                if (m is not { Kind: MentionKind.Person, Canonical: not null, Iso2: not null, IsNominal: false }) continue;
                if (string.Equals(m.Iso2, home, StringComparison.OrdinalIgnoreCase)) host ??= m;
                else visitor ??= m;
                if (host is not null && visitor is not null)
                    return Marked(host, mentions[host.Sentence.Index]) && BareTitled(visitor, mentions[visitor.Sentence.Index]) ? visitor.Iso2 : home;
            }
        return home;
    }

    private static bool Marked(Mention person, IReadOnlyList<Mention> sentence) => person.NationalityWritten || NationalityBefore(person, sentence);

    /// <summary>
    /// "President X", "Prime Minister Y": the office's words right before the name (the knowledge may know it too) and no nationality. A name without a
    /// title ("talks with X") or with its office after it ("X, Ruritania's president") tells nothing of the paper's side, nor
    /// does an office only one government has ("Taoiseach Z", <see cref="OneCountrysOffice"/>), which no paper marks.
    /// </summary>
    private static bool BareTitled(Mention person, IReadOnlyList<Mention> sentence) =>
        person is { Title: not null, TitleIsOffice: true } && person.TokenStart > 0 &&
        person.Sentence.Tokens[person.TokenStart - 1] is { IsWord: true, IsCapitalized: true } before &&
        person.Title.TrimEnd().EndsWith(before.Text, StringComparison.OrdinalIgnoreCase) &&
        OneCountrysOffice.Of(person.Title) is null && !Marked(person, sentence);

    /// <summary>
    /// A country, demonym or possessive among the title words right before the name ("Kenya's President X", "the Kenyan
    /// President X"): the title words are the capitalised words, hyphens and "'s" back from the name.
    /// </summary>
    private static bool NationalityBefore(Mention person, IReadOnlyList<Mention> sentence)
    {
        var tokens = person.Sentence.Tokens;
        var i = person.TokenStart - 1;
        while (i >= 0 && person.TokenStart - i <= 6 && (tokens[i].IsWord && tokens[i].IsCapitalized || tokens[i].Text is "-" or "'s" or "’s" or "."))
        {
            if (tokens[i].Text is "'s" or "’s") return true;
            i--;
        }
        return sentence.Any(m => m.Kind == MentionKind.Country && m.TokenStart > i && m.TokenEnd <= person.TokenStart);
    }
}
