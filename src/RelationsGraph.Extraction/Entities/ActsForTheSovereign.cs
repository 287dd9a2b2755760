using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "A and B signed for the emir", "C negotiated for Queen D", "For the Emperor, E and F put their names to it", "Two envoys
/// signed for the Shah: G and H": history pieces give the side an agent signed or negotiated for as its ruler, by bare title
/// or by name, where a modern story would name the state (pattern: a side named by its sovereign). The ruler is read as
/// the country of the named ruler, or for a bare title as AideOfABareTitle reads it.
/// </summary>
internal static class ActsForTheSovereign
{
    /// <summary>Verbs of acting for a side that may stand between the agents and "for".</summary>
    private static readonly FrozenSet<string> ActingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "signed", "sign", "signing", "initialled", "initialed", "countersigned", "negotiated", "negotiating", "acted", "acting",
        "spoke", "treated", "came", "sat", "conducted", "the", "talks", "negotiations", "both", "all", "together",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Most tokens from a listed name to the "for" of its side.</summary>
    private const int MaxGap = 16;

    /// <summary>Gives each person with no country who acts for a ruler that ruler's country; returns them.</summary>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions) =>
        PlaceByRuler(people, mentions, "acts for a ruler", (m, sentence, rulersCountry) =>
            (ForAfterTheList(m, sentence) ?? OpeningFor(m) ?? ListAfterAColon(m)) is { } side ? rulersCountry(side, m) : null);

    /// <summary>
    /// The walk the ruler rules share: each person with no country acts for the country <paramref name="countryOf"/> finds
    /// at the first of their mentions where it finds one. It is given the mention, its sentence, and the way from a ruler's
    /// token (and the mention of the one acting) to that ruler's country.
    /// </summary>
    internal static IReadOnlyList<PersonName> PlaceByRuler(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions,
        string reason, Func<Mention, IReadOnlyList<Mention>, Func<int, Mention, string?>, string?> countryOf)
    {
        var byId = people.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        HashSet<string>? named = null;
        var placed = new List<PersonName>();
        foreach (var p in people.Where(UnplacedOfficials.IsUnplaced))
            foreach (var m in p.Mentions.Where(m => !m.IsNominal))
            {
                var sentence = mentions[m.Sentence.Index];
                string? RulersCountryAt(int side, Mention q) => RulersCountry(side, q, sentence, people, byId,
                    named ??= [.. mentions.SelectMany(s => s).Where(c => c.Kind == MentionKind.Country && c.Iso2 is not null).Select(c => c.Iso2!)]);
                if (countryOf(m, sentence, RulersCountryAt) is not { } iso) continue;
                ActsForTheGovernment.ActsFor(p, m, iso, reason);
                placed.Add(p);
                break;
            }
        return placed;
    }

    /// <summary>"A, B and Count C signed for the Sultan": the names, then acting words, then "for" at the returned token.</summary>
    private static int? ForAfterTheList(Mention m, IReadOnlyList<Mention> sentence)
    {
        var tokens = m.Sentence.Tokens;
        var acting = false;
        for (var k = m.TokenEnd; k < tokens.Count && k - m.TokenEnd <= MaxGap;)
        {
            var at = k;
            if (sentence.FirstOrDefault(o => o.Kind == MentionKind.Person && o.TokenStart == at) is { } other) { k = other.TokenEnd; continue; }
            if (tokens[k].Lower == "for") return acting ? k + 1 : null;
            if (tokens[k].Text == "," || tokens[k].Lower == "and" ||
                tokens[k].IsWord && tokens[k].IsCapitalized && sentence.Any(o => o.Kind == MentionKind.Person && o.TokenStart == at + 1)) { k++; continue; }
            if (!ActingWords.Contains(tokens[k].Text)) return null;
            acting = true;
            k++;
        }
        return null;
    }

    /// <summary>"For the Emperor, A and B signed", "For King C came D": the sentence opens with the side, the name in its clause.</summary>
    private static int? OpeningFor(Mention m)
    {
        var tokens = m.Sentence.Tokens;
        if (tokens.Count < 4 || tokens[0].Lower != "for" || m.TokenStart < 2) return null;
        for (var i = 1; i < m.TokenStart; i++)
            if (tokens[i].Text is ";" or ":" or "." || tokens[i].Lower is "while" or "whereas" or "but") return null;
        return 1;
    }

    /// <summary>"Three officers signed for the Emperor: A, B and C": a name after the colon of a clause acting for the side.</summary>
    private static int? ListAfterAColon(Mention m)
    {
        var tokens = m.Sentence.Tokens;
        if (m.TokenStart < 3) return null;
        var colon = tokens.FindLastIndex(m.TokenStart - 1, t => t.Text == ":");
        if (colon < 2) return null;
        for (var i = colon - 1; i >= 1 && colon - i <= 6; i--)
        {
            if (tokens[i].Text is ";" or "," or ".") return null;
            if (tokens[i].Lower == "for" && ActingWords.Contains(tokens[i - 1].Text)) return i + 1;
        }
        return null;
    }

    /// <summary>
    /// The country of the ruler at <paramref name="side"/>: a person with a ruler's title ("Queen D", "Sultan E") named there,
    /// or "the" and a bare ruler's title ("the Sultan", "the Sultan's government").
    /// </summary>
    internal static string? RulersCountry(int side, Mention m, IReadOnlyList<Mention> sentence, IReadOnlyList<PersonName> people,
        Dictionary<string, PersonName> byId, HashSet<string> named)
    {
        var tokens = m.Sentence.Tokens;
        if (side >= tokens.Count) return null;
        if (tokens[side].Lower == "the")
        {
            if (side + 1 >= tokens.Count || !AideOfABareTitle.OwnerTitles.Contains(tokens[side + 1].Text)) return null;
            // "for the King of C" names the realm outright; a name after the title is read below.
            if (side + 2 < tokens.Count && (tokens[side + 2].Lower == "of" || tokens[side + 2].IsWord && tokens[side + 2].IsCapitalized)) return null;
            return AideOfABareTitle.HoldersCountry(tokens[side + 1].Lower, m.Sentence.Index, people, named);
        }
        // "for Emperor Aldric II", "for King Osvald": a ruler's title, then the ruler's name.
        if (!AideOfABareTitle.OwnerTitles.Contains(tokens[side].Text) || !tokens[side].IsCapitalized) return null;
        var ruler = sentence.FirstOrDefault(o => o.Kind == MentionKind.Person && o != m && o.EntityId is not null &&
                                                 (o.TokenStart == side || o.TokenStart == side + 1));
        if (ruler is null || !byId.TryGetValue(ruler.EntityId!, out var holder)) return null;
        return holder.Iso2 ?? (RealmOfASovereignsStyle.RealmOf(tokens[side].Text) is { } realm && named.Contains(realm) ? realm : null);
    }
}
