namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "... Prime Minister X repeated on Friday that .... His Foreign Minister, Y, was blunter.", "Vanuatu wants ... Its Prime
/// Minister, Z, said ...": a sentence that opens with a possessive pronoun and an office, set off before a name, speaks of the
/// office of the person or country the sentence before named (pattern: a pronoun owner carried over a sentence boundary).
/// "His"/"Her" take the one person of known country the previous sentence names; "Its" the one country it names.
/// </summary>
internal static class OfficialOfTheLastNamed
{
    /// <summary>How many words the office may take between the pronoun and the name ("Minister for Foreign Affairs and Trade").</summary>
    private const int MaxOfficeWords = 8;

    /// <summary>Gives each unplaced official so introduced the owner's country; returns the people it changed.</summary>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        // Looked up by id as the walk goes, so a person placed earlier in it may own a later office.
        var byId = people.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        return UnplacedOfficials.Place(people, m => OwnersCountry(m, mentions, byId), (p, m) => m.Iso2 = p.Iso2);
    }

    /// <summary>The one country of the pronoun's owner in the sentence before, when <paramref name="m"/> follows "His/Her/Its office,".</summary>
    private static string? OwnersCountry(Mention m, IReadOnlyList<IReadOnlyList<Mention>> mentions, Dictionary<string, PersonName> byId)
    {
        if (m.Iso2 is not null || m.Sentence.Index <= 0) return null;
        var tokens = m.Sentence.Tokens;
        if (m.TokenStart < 3 || m.TokenStart > MaxOfficeWords + 2 || tokens[m.TokenStart - 1].Text != "," || tokens[0].Lower is not ("his" or "her" or "its")) return null;
        if (!tokens.Take(m.TokenStart - 1).Skip(1).All(t => t.IsWord)) return null;
        var before = mentions[m.Sentence.Index - 1];
        var owners = tokens[0].Lower == "its"
            ? before.Where(x => x.Kind == MentionKind.Country && !x.IsDemonym && x.Iso2 is not null).Select(x => x.Iso2!).Distinct().ToList()
            : before.Where(x => x.Kind == MentionKind.Person && !x.IsNominal && x.EntityId is not null)
                .Select(x => byId.GetValueOrDefault(x.EntityId!)?.Iso2).OfType<string>().Distinct().ToList();
        return owners.Count == 1 ? owners[0] : null;
    }
}
