namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "King Hussein", "Crown Prince Hassan", "King Mswati III", "Prince Andrew": a royal known by a single given name (and a regnal
/// numeral) goes by that name with the royal title in front, which the bare given name does not identify (pattern: monarchs and
/// heirs styled by title and first name). The styled form is kept as one of the person's names. So is the style written before a
/// full name ("Sheikh Tamim bin Hamad Al Thani", "King Salman bin Abdulaziz", "Prince Norodom Ranariddh"): formal reports name
/// royals and sheikhs with their style, which is how other reports of them name them too. The same holds for the other styles
/// that stand before a name as part of how a person is addressed: knighthoods ("Sir Ahmad Ruslan", "Dame Ana Torvi"), Malay and
/// Fijian honours ("Tun X", "Tan Sri X", "Datuk X", "Ratu X") and the clergy's ("Pope X", "Cardinal X", "Archbishop X").
/// </summary>
internal static class RoyalStyle
{
    private static readonly string[] Titles =
    [
        "Crown Prince", "Crown Princess", "King", "Queen", "Prince", "Princess", "Emir", "Sultan", "Sheikh", "Sheikha", "Emperor", "Empress", "Tsar", "Tsarina", "Czar", "Czarina", "Kaiser",
        "Sir", "Dame", "Tun", "Tan Sri", "Datuk", "Dato", "Ratu", "Pope", "Cardinal", "Archbishop",
        // Ranks of continental nobility before a full name ("Baron Ulrich Kessing"): NobleStyle.
        .. NobleStyle.Styles,
    ];
    private static readonly string[][] TitleWords = [.. Titles.Select(t => t.Split(' '))];

    /// <summary>The word is one of the styles, alone ("King", "Archbishop"): the first word of a styled name (NameWithItsRealm).</summary>
    internal static bool IsStyle(string word) => Array.IndexOf(Titles, word) >= 0 || word is "Archduke" or "Archduchess" or "Duke" or "Duchess" or "Elector" or "Metropolitan" or "Patriarch";

    /// <summary>The title and the name as written ("Crown Prince Hassan"), or null when the mention is no royal's single given name.</summary>
    public static string? Of(Mention m)
    {
        if (m.IsNominal || m.Kind != MentionKind.Person) return null;
        var tokens = m.Sentence.Tokens;
        if (m.Surface.AsSpan().Trim(' ').IsEmpty) return null;
        for (var t = 0; t < Titles.Length; t++)
        {
            var (title, parts) = (Titles[t], TitleWords[t]);
            var at = m.TokenStart - parts.Length;
            if (at < 0) continue;
            var matches = true;
            for (var k = 0; k < parts.Length && matches; k++) matches = tokens[at + k].Text == parts[k];
            if (matches) return $"{title} {m.Surface}";
        }
        return null;
    }
}
