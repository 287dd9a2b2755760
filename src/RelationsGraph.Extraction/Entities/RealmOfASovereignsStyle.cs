namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Tsar Boris III", "Tsarina Maria", "Sultan Osman IV", "Kaiser Friedrich III": some sovereigns' styles name one realm in general use (a tsar is
/// Russia's, a sultan in a story of the Ottoman Empire is the Ottoman sovereign), so history pages leave the state unsaid. A
/// person with no country styled so takes that realm, only when the article names that state itself (pattern: a monarch
/// named by the style of one realm acts for his state).
/// </summary>
internal static class RealmOfASovereignsStyle
{
    /// <summary>Styles that name one realm, with the realm's code.</summary>
    private static readonly Dictionary<string, string> Realms = new(StringComparer.Ordinal)
    {
        ["Tsar"] = "RU", ["Tsarina"] = "RU", ["Czar"] = "RU", ["Czarina"] = "RU", ["Sultan"] = "XO",
        ["Kaiser"] = "DE",
    };

    /// <summary>The realm one sovereign's style names, whatever its case ("the sultan's"), or null.</summary>
    public static string? RealmOf(string style) =>
        Realms.FirstOrDefault(r => r.Key.Equals(style, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Gives each person with no country styled by one realm's sovereign style that realm; returns them.</summary>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var placed = new List<PersonName>();
        HashSet<string>? named = null;
        foreach (var p in people.Where(p => p.Iso2 is null && p.Mentions.Count > 0))
            foreach (var m in p.Mentions.Where(m => !m.IsNominal && m.Title is not null && m.Iso2 is null))
            {
                // The style written with its capital just before the name: "border czar X" is no sovereign.
                var before = m.TokenStart - 1;
                if (!Realms.TryGetValue(m.Title!, out var iso) || before < 0 || m.Sentence.Tokens[before].Text != m.Title) continue;
                named ??= [.. mentions.SelectMany(s => s).Where(c => c.Kind == MentionKind.Country && c.Iso2 is not null).Select(c => c.Iso2!)];
                if (!named.Contains(iso)) break;
                p.Iso2 = iso;
                m.Iso2 = iso;
                m.TitleIsOffice = true;
                m.Rule += "; a sovereign's style naming one realm";
                placed.Add(p);
                break;
            }
        return placed;
    }
}
