namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// The walk shared by the rules that give an official a country read from the text around one mention (a counterpart, a
/// sentence's setting, a pronoun's owner): people named with no country and no known identity, and their office mentions.
/// </summary>
internal static class UnplacedOfficials
{
    /// <summary>A person with no country yet whose every mention is an unknown name (a known person keeps the knowledge's country).</summary>
    public static bool IsUnplaced(PersonName p) => p.Iso2 is null && p.Mentions.Count > 0 && p.Mentions.All(m => m.Canonical is null);

    /// <summary>
    /// Gives each unplaced person the country <paramref name="countryOf"/> reads at the first of their office mentions that
    /// yields one, then lets <paramref name="mark"/> note it on the person and that mention; returns the people placed.
    /// </summary>
    public static IReadOnlyList<PersonName> Place(IReadOnlyList<PersonName> people, Func<Mention, string?> countryOf, Action<PersonName, Mention>? mark = null)
    {
        var placed = new List<PersonName>();
        foreach (var p in people.Where(IsUnplaced))
            foreach (var m in p.Mentions.Where(m => m.TitleIsOffice && m.Title is not null && !m.IsNominal))
            {
                if (countryOf(m) is not { } iso) continue;
                p.Iso2 = iso;
                mark?.Invoke(p, m);
                placed.Add(p);
                break;
            }
        return placed;
    }

    /// <summary>
    /// Gives each unplaced person the country and post <paramref name="postAt"/> reads around the first of their named mentions
    /// that yields one (the mention and its sentence's mentions), as an office taken under <paramref name="rule"/>; returns them.
    /// </summary>
    public static IReadOnlyList<PersonName> PlaceAtPost(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions,
        Func<Mention, IReadOnlyList<Mention>, (string Iso2, string Title)?> postAt, string rule)
    {
        var placed = new List<PersonName>();
        foreach (var p in people.Where(IsUnplaced))
            foreach (var m in p.Mentions.Where(m => !m.IsNominal))
            {
                if (postAt(m, mentions[m.Sentence.Index]) is not var (iso, title)) continue;
                OfficialOfALeader.TakeOffice(p, m, iso, title, rule);
                placed.Add(p);
                break;
            }
        return placed;
    }

    /// <summary>
    /// Gives an unplaced member of a group the group's country, at the mention that tells the membership. A member told by
    /// name alone ("A, B and C") speaks for that country at that mention; one with an office of their own keeps it to that office.
    /// </summary>
    public static void JoinToCountry(PersonName person, Mention at, string iso, string rule)
    {
        person.Iso2 = iso;
        if (!person.Mentions.Any(o => o.TitleIsOffice && o.Title is not null && !o.IsNominal))
        {
            at.Iso2 = iso;
            at.SpeaksForCountry = true;
        }
        at.Rule += "; " + rule;
    }
}
