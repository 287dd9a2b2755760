namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Prime Ministers X and Y", "foreign ministers X and Y", "the foreign ministers, X and Y": two holders of one office named under its plural serve two
/// countries, so when the article has two principal countries and one of the pair is placed, the other holds the office
/// for the other country (the pattern: a plural office distributes over a coordinated pair). Each also takes the office
/// as their title.
/// </summary>
internal static class PairUnderAPluralOffice
{
    /// <summary>Gives the unplaced one of each such pair the other principal country; returns the people it changed.</summary>
    /// <param name="principal">The article's two principal countries (<see cref="CounterpartOfficials.PrincipalPair"/>), read once by the stage.</param>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions, (string, string)? principal)
    {
        var byId = people.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        var changed = new List<PersonName>();
        foreach (var sentence in mentions)
        {
            var persons = sentence.Where(m => m.Kind == MentionKind.Person && !m.IsNominal && m.EntityId is not null).OrderBy(m => m.TokenStart).ToList();
            for (var k = 0; k + 1 < persons.Count; k++)
            {
                var (first, second) = (persons[k], persons[k + 1]);
                if (PluralOffice(first) is not { } office || !JoinedByAnd(first, second)) continue;
                if (!byId.TryGetValue(first.EntityId!, out var a) || !byId.TryGetValue(second.EntityId!, out var b) || a == b) continue;
                // Neither placed: the pair's countries are unknown, and no one country (the dateline's) may be given to both.
                if (principal is not var (one, two)) continue;
                var (placed, unplaced) = a.Iso2 is not null && b.Iso2 is null ? (a, b) : b.Iso2 is not null && a.Iso2 is null ? (b, a) : (null, null);
                // Only an office each government has one holder of ("Prime Ministers", "Foreign Ministers", "Presidents"):
                // "Senators A and B" may well be two legislators of one country.
                if (placed is null && a.Iso2 is null && b.Iso2 is null && OneHolderPerGovernment(office) && !a.Mentions.Concat(b.Mentions).Any(m => m.Canonical is not null) &&
                    CoordinatedOrder(mentions, first, one, two) is var (former, latter))
                {
                    // Neither placed: the pair follows the order the story last coordinated the two countries in.
                    Title(first, office);
                    Title(second, office);
                    (a.Iso2, b.Iso2) = (former, latter);
                    a.CountryFromCounterpart = b.CountryFromCounterpart = true;
                    changed.Add(a);
                    changed.Add(b);
                    continue;
                }
                if (placed is null || unplaced is null || unplaced.Mentions.Any(m => m.Canonical is not null)) continue;
                var other = placed.Iso2 == one ? two : placed.Iso2 == two ? one : null;
                if (other is null) continue;
                foreach (var m in new[] { first, second })
                    if (m.Title is null || !m.TitleIsOffice)
                    {
                        m.Title = office;
                        m.TitleIsOffice = true;
                        m.Rule += "; a pair under a plural office holds it";
                    }
                unplaced.Iso2 = other;
                unplaced.CountryFromCounterpart = true;
                changed.Add(unplaced);
            }
        }
        return changed;
    }

    private static bool OneHolderPerGovernment(string office) =>
        office.Contains(' ') && office.EndsWith("Minister", StringComparison.OrdinalIgnoreCase) ||
        office.Split(' ')[^1].ToLowerInvariant() is "president" or "premier" or "chancellor";

    private static void Title(Mention m, string office)
    {
        if (m.Title is not null && m.TitleIsOffice) return;
        m.Title = office;
        m.TitleIsOffice = true;
        m.Rule += "; a pair under a plural office holds it";
    }

    /// <summary>
    /// "Russia and Ukraine signed ... Prime Ministers A and B concluded": the two principal countries as the story first
    /// coordinated them ("X and Y", "Xian President A and Yian President B"), in that order (the pattern: a plural office's
    /// pair is told respectively, in the order the story set for its two sides in its opening).
    /// </summary>
    private static (string, string)? CoordinatedOrder(IReadOnlyList<IReadOnlyList<Mention>> mentions, Mention pair, string one, string two)
    {
        for (var s = 0; s <= pair.Sentence.Index; s++)
        {
            var countries = mentions[s].Where(m => m.Kind == MentionKind.Country && m.Iso2 is not null && (s < pair.Sentence.Index || m.TokenEnd <= pair.TokenStart))
                .OrderBy(m => m.TokenStart).ToList();
            for (var k = 0; k + 1 < countries.Count; k++)
            {
                var (earlier, later) = (countries[k], countries[k + 1]);
                if (!Coordinated(earlier, later)) continue;
                if (earlier.Iso2 == one && later.Iso2 == two) return (one, two);
                if (earlier.Iso2 == two && later.Iso2 == one) return (two, one);
            }
        }
        return null;
    }

    /// <summary>"Russia and Ukraine", "Russian President X and Ukrainian President Y": two countries joined by "and", with at most a title and name between.</summary>
    private static bool Coordinated(Mention earlier, Mention later)
    {
        var tokens = earlier.Sentence.Tokens;
        if (later.TokenStart <= earlier.TokenEnd || later.TokenStart - earlier.TokenEnd > 8) return false;
        var and = false;
        for (var i = earlier.TokenEnd; i < later.TokenStart; i++)
        {
            if (tokens[i].Lower == "and") { and = true; continue; }
            if (!(tokens[i].IsWord && tokens[i].IsCapitalized) && tokens[i].Lower != "the") return false;
        }
        return and;
    }

    /// <summary>"Prime Ministers", "Presidents", "foreign ministers" right before the name: the office in the singular.</summary>
    private static string? PluralOffice(Mention m)
    {
        var tokens = m.Sentence.Tokens;
        var i = SkipStyles(tokens, m.TokenStart - 1);
        // "the foreign ministers, A and B": the plural office may stand in apposition before the pair.
        if (i >= 1 && tokens[i].Text == ",") i--;
        if (i < 0 || !tokens[i].IsWord || tokens[i].Text.Length < 4 || !tokens[i].Text.EndsWith('s')) return null;
        var singular = tokens[i].Text[..^1];
        if (!Text.Lexicon.OfficeNouns.Contains(singular) && !singular.Equals("secretarie", StringComparison.OrdinalIgnoreCase)) return null;
        if (singular.Equals("secretarie", StringComparison.OrdinalIgnoreCase)) singular = tokens[i].Text[..^3] + "y";
        // One word of the office before its noun ("Prime", "Foreign", "foreign").
        return i >= 1 && tokens[i - 1].IsWord && tokens[i - 1].Lower is "prime" or "foreign" or "defence" or "defense" or "deputy" or "vice" or "trade" or "finance"
            ? $"{tokens[i - 1].Text} {singular}"
            : singular;
    }

    private static bool JoinedByAnd(Mention first, Mention second)
    {
        // "Prime Ministers Hon. A MP and Hon. B MP": a style of address before each name and the letters of a seat after it
        // stand around the "and" (the first mention reaches over its letters, PostNominalLetters).
        var tokens = first.Sentence.Tokens;
        var and = SkipStyles(tokens, second.TokenStart - 1);
        return and == first.TokenEnd && tokens[and].Lower == "and";
    }

    /// <summary>Back from <paramref name="i"/> over forms of address before a name ("Hon.", "Rt. Hon.", "H.E."): the index before them.</summary>
    private static int SkipStyles(IReadOnlyList<Text.Token> tokens, int i)
    {
        while (i >= 1 && (tokens[i].Text == "." && Text.Lexicon.NameHonorifics.Contains(tokens[i - 1].Text) || Text.Lexicon.NameHonorifics.Contains(tokens[i].Text)))
            i -= tokens[i].Text == "." ? 2 : 1;
        return i;
    }
}
