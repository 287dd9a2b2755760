using System.Globalization;
using System.Text.RegularExpressions;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Model;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// Turns resolved mentions into entities: people (with roles and REPRESENTS), countries, places
/// (with LOCATED_IN), organizations (with AFFILIATED_WITH and MEMBER_OF read from the sentence).
/// Sets <see cref="Mention.EntityId"/> on every mention it keeps.
/// </summary>
internal sealed partial class EntityCollector(KnowledgeBase knowledge, EntityRegistry registry, RelationshipSet relationships)
{
    private static readonly FrozenSet<string> EastAsianFamilyFirst = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "KR", "KP", "CN", "TW", "VN" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public void Collect(IReadOnlyList<Mention> mentions, IReadOnlyList<PersonName> people)
    {
        _bodies = mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Canonical ?? m.Surface).Distinct(StringComparer.Ordinal).ToList();
        _places = mentions.Where(m => m.Kind == MentionKind.Place).Select(m => m.Canonical ?? m.Surface).Distinct(StringComparer.Ordinal).ToList();
        var peopleOnly = PeopleOfADisputedState.NamedOnlyAsAPeople(mentions);
        foreach (var m in mentions.Where(m => m.Kind != MentionKind.Person && !(m.Kind == MentionKind.Country && m.Iso2 is { } iso && peopleOnly.Contains(iso))))
            CollectNamed(m, people);
        foreach (var p in people.Where(p => p.Mentions.Count > 0)) CollectPerson(p);
        foreach (var m in mentions.Where(m => m.Kind == MentionKind.Place && m.EntityId is not null && m.Iso2 is not null))
        {
            var country = EntityRegistry.CountryId(m.Iso2!);
            if (registry.Contains(country)) relationships.Add("LOCATED_IN", m.EntityId!, country, m.Sentence.Text, 0.9, rule: "place with a known country");
        }
        CollectAffiliations(mentions);
    }

    /// <summary>The short name a headline would use: family name ("Lee" for Lee Jae-myung, "Takaichi" for Sanae Takaichi).</summary>
    public static string FamilyName(PersonName p)
    {
        var words = p.Display.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return p.Display;
        // Korean and Chinese given names are often written hyphenated ("Min-seok"): the family name comes first.
        var familyFirst = p.Iso2 is not null && EastAsianFamilyFirst.Contains(p.Iso2) ||
                          words.Length >= 2 && words[^1].Contains('-') && char.IsLower(words[^1][words[^1].IndexOf('-') + 1]);
        if (familyFirst) return words[0];
        // "James Ode 3d": a generational suffix written as an ordinal follows the family name and is no family name itself.
        if (words.Length >= 3 && words[^1] is "2d" or "3d" or "2nd" or "3rd" or "4th") return words[^2];
        // A monarch's regnal numeral is no family name: "Charles III" is labelled whole.
        return words.Length >= 2 && RegnalNumeral.Is(words[^1]) ? $"{words[^2]} {words[^1]}" : words[^1];
    }

    private void CollectNamed(Mention m, IReadOnlyList<PersonName> people)
    {
        switch (m.Kind)
        {
            case MentionKind.Country when m.Iso2 is not null:
            {
                var country = knowledge.Country(m.Iso2);
                // The adjective is one of the names the text uses for the country ("French President
                // Jacques Chirac" names France only as "French"), so it is kept among the aliases.
                var entity = registry.Mention(EntityRegistry.CountryId(m.Iso2), "Country", country?.Name ?? m.Surface, m.Surface);
                entity.Iso2 = m.Iso2;
                m.EntityId = entity.Id;
                break;
            }
            case MentionKind.Place:
            {
                // A "place" that is a person's name ("in Lee's view") is not a place.
                var key = NameKey.Of(m.Surface);
                if (people.Any(p => p.Words.Contains(key))) return;
                var name = m.Canonical ?? m.Surface;
                // "the Palace" after "the Palace of Nations": the short form of a place named in full (ShortFormOfANamedPlace).
                if (m.Canonical is null && ShortFormOfANamedPlace.LongerForm(name, _places, knowledge) is { } longer) name = longer;
                var bare = WithoutPlaceSuffix(name);
                var id = EntityRegistry.PlaceId(bare);
                if (!registry.Contains(id) && SameVenueNamedBefore(name) is { } before) id = before;
                var entity = registry.Mention(id, "Place", name, m.Surface);
                EntityRegistry.AddAlias(entity, bare);
                m.EntityId = entity.Id;
                break;
            }
            case MentionKind.Organization:
            {
                var name = BareHeadOfANamedBody(m) ?? m.Canonical ?? m.Surface;
                var entity = registry.Mention(EntityRegistry.OrganizationId(name), "Organization", name, m.Surface);
                if (knowledge.Organization(name) is { } known) foreach (var a in known.Aliases) EntityRegistry.AddAlias(entity, a);
                m.EntityId = entity.Id;
                break;
            }
        }
    }

    /// <summary>The names of the article's organization mentions, for <see cref="BareHeadOfANamedBody"/>.</summary>
    private List<string> _bodies = [];

    /// <summary>The names of the article's place mentions, for <see cref="ShortFormOfANamedPlace"/>.</summary>
    private List<string> _places = [];

    /// <summary>
    /// "the Union of Upland Republics ... widened the Union": a known body's one-word alias ("Commonwealth", "Union") in an
    /// article naming exactly one other body "Alias of ..." is the short form of that body, not the known one (pattern: news
    /// shortens a formal "X of Y" to its head noun after naming it).
    /// </summary>
    private string? BareHeadOfANamedBody(Mention m)
    {
        if (m.Canonical is null || m.Surface.Contains(' ') || string.Equals(m.Surface, m.Canonical, StringComparison.OrdinalIgnoreCase)) return null;
        var head = m.Surface + " of ";
        var longer = _bodies.Where(b => b.StartsWith(head, StringComparison.OrdinalIgnoreCase) && b != m.Canonical).Take(2).ToList();
        return longer.Count == 1 ? longer[0] : null;
    }

    /// <summary>
    /// "the Corvell convention centre ... the Corvell Convention Center", "Marlow mosque ... Marlow Grand Mosque": news
    /// writes one venue with its common noun in lowercase and in capitals, or with an epithet before the noun; a place named
    /// before with the same own words (or those and one epithet more) and the same venue noun (either spelling of centre) is
    /// the same venue.
    /// </summary>
    private string? SameVenueNamedBefore(string name)
    {
        if (VenueNounAfterName.OwnNameAndNoun(name) is not { } venue) return null;
        foreach (var e in registry.All)
            if (e.Type == "Place" && VenueNounAfterName.OwnNameAndNoun(e.Name) is { } other && VenueNounAfterName.SameVenue(venue, other))
                return e.Id;
        return null;
    }

    private static string WithoutPlaceSuffix(string name)
    {
        // "the Orvela palace" and "Orvela" are one place.
        if (VenueNounAfterName.Bare(name) is var venue && !ReferenceEquals(venue, name)) return venue;
        var words = name.Split(' ');
        return words.Length >= 2 && Lexicon.PlaceSuffixes.Contains(words[^1]) && words[^1] is "Prefecture" or "Province" or "City" or "County" or "Region" or "District"
            ? string.Join(' ', words[..^1])
            : name;
    }

    private void CollectPerson(PersonName p)
    {
        ExtractedEntity? entity = null;
        foreach (var m in p.Mentions)
        {
            entity = registry.Mention(p.Id, "Person", p.Display, m.IsNominal ? null : NobleTitleName.Names(m) ? m.Canonical : StripHonorific(m.Surface));
            entity.Name = p.Display;
        }
        if (entity is null) return;
        EntityRegistry.AddAlias(entity, p.Display);
        if (PersonName.WithoutGenerationalSuffix(p.Display) is { } plain) EntityRegistry.AddAlias(entity, plain);
        // "Count Tavel": the name a rank of nobility opens is also written without it (NobleStyle).
        if (NobleStyle.Without(p.Display) is { } unstyled) EntityRegistry.AddAlias(entity, unstyled);
        // "General Maurel Ost" and "Maurel Ost": a worn title of address is kept and left out by turns (AddressTitleForms).
        if (AddressTitleForms.Without(p.Display) is { } untitled) EntityRegistry.AddAlias(entity, untitled);
        foreach (var m in p.Mentions)
            if (AddressTitleForms.With(m) is { } addressed)
            {
                EntityRegistry.AddAlias(entity, addressed);
                if (AddressTitleForms.Without(addressed) is { } bare) EntityRegistry.AddAlias(entity, bare);
            }
        // AddAlias ignores a repeat, so each mention's form is offered in turn with no Distinct.
        foreach (var m in p.Mentions)
            if (RoyalStyle.Of(m) is { } styled) EntityRegistry.AddAlias(entity, styled);
        // "King Joseph I of Portugal", "Philip II of Spain": the name with the realm written after it (NameWithItsRealm).
        foreach (var m in p.Mentions)
            foreach (var form in NameWithItsRealm.Forms(m)) EntityRegistry.AddAlias(entity, form);
        // A known person's full name is one of theirs even when the article only uses a short form.
        foreach (var m in p.Mentions)
            if (m.Canonical is { } known) EntityRegistry.AddAlias(entity, known);

        if (LeaderOfAMovement.Applies(p)) return;
        var titled = p.Mentions.FirstOrDefault(m => m.TitleIsOffice && m.Title is not null && (m.Iso2 ?? p.Iso2) is not null && !m.IsNominal);
        var iso = titled?.Iso2 ?? p.Iso2;
        if (iso is null) return;
        var countryId = EntityRegistry.CountryId(iso);
        var country = knowledge.Country(iso);
        var holder = OfficeHoldersByPerson.Of(knowledge, p.Id).FirstOrDefault();
        var role = TitleCase(titled?.Title ?? holder?.Role);
        if (role is null)
        {
            // "Egypt's Sameh Shoukry": no office named, but the text puts the person on the country's side.
            if (p.Mentions.FirstOrDefault(m => m.SpeaksForCountry && m.Iso2 == iso) is { } owned && registry.Contains(countryId))
                relationships.Add("REPRESENTS", p.Id, countryId, owned.Sentence.Text, 0.6, rule: "person owned by a country's possessive");
            return;
        }
        entity.Roles ??= [];
        var described = country is null ? role : $"{role} of {country.Name}";
        if (!entity.Roles.Contains(described)) entity.Roles.Add(described);
        if (!registry.Contains(countryId)) return;
        var evidence = (titled ?? p.Mentions[0]).Sentence.Text;
        var (confidence, rule) = p.CountryFromHome ? (0.6, "office title, country of the article's home (unmarked official)")
            : p.CountryFromCounterpart ? (0.6, "office title, the other principal country of a marked counterpart")
            : titled is not null ? (0.9, "office title with a nationality") : (0.6, "known office-holder");
        relationships.Add("REPRESENTS", p.Id, countryId, evidence, confidence, role, rule);
    }

    /// <summary>"X, a lecturer at the University of Lagos" and "G7 member Japan".</summary>
    private void CollectAffiliations(IReadOnlyList<Mention> mentions)
    {
        foreach (var sentenceMentions in mentions.Where(m => m.EntityId is not null).GroupBy(m => m.Sentence.Index))
        {
            // Only organizations are read below: a sentence without one needs no sorted list.
            if (!sentenceMentions.Any(m => m.Kind == MentionKind.Organization)) continue;
            var list = sentenceMentions.OrderBy(m => m.TokenStart).ToList();
            var tokens = list[0].Sentence.Tokens;
            foreach (var org in list.Where(m => m.Kind == MentionKind.Organization))
            {
                var lead = org.TokenStart - 1;
                if (lead >= 0 && tokens[lead].Lower is "the" or "a" or "an") lead--;
                if (lead >= 1 && tokens[lead].Lower is "at" or "of" or "for" or "from" && Lexicon.PersonNouns.Contains(tokens[lead - 1].Text))
                {
                    var person = list.LastOrDefault(m => m.Kind == MentionKind.Person && m.TokenEnd <= lead - 1 && lead - m.TokenEnd <= 14);
                    if (person is not null) relationships.Add("AFFILIATED_WITH", person.EntityId!, org.EntityId!, org.Sentence.Text, 0.7, rule: "person noun at/of an organization");
                }
                var member = org.TokenEnd;
                if (member + 1 < tokens.Count && tokens[member].Lower is "member" or "members")
                {
                    var country = list.FirstOrDefault(m => m.Kind == MentionKind.Country && m.TokenStart == member + 1);
                    if (country is not null) relationships.Add("MEMBER_OF", country.EntityId!, org.EntityId!, org.Sentence.Text, 0.8, rule: "<grouping> member <country>");
                }
            }
        }
    }

    // A static array: a new one was made for every person mention.
    private static readonly string[] Honorifics = ["Mr. ", "Mr ", "Mrs. ", "Mrs ", "Ms. ", "Ms ", "Dr. ", "Dr ", "Sir ", "Dame ", "Prince ", "Princess "];

    private static string StripHonorific(string s)
    {
        foreach (var h in Honorifics)
            if (s.StartsWith(h, StringComparison.Ordinal)) return s[h.Length..];
        return s;
    }

    private static string? TitleCase(string? title) =>
        string.IsNullOrEmpty(title) ? null : char.IsUpper(title[0]) ? title : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(title);
}
