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
        var changed = new List<PersonName>();
        foreach (var p in people.Where(p => p.Iso2 is null && p.Mentions.Count > 0 && p.Mentions.All(m => m.Canonical is null)))
        {
            foreach (var m in p.Mentions.Where(m => m.TitleIsOffice && m.Title is not null && !m.IsNominal && m.Iso2 is null && m.Sentence.Index > 0))
            {
                var tokens = m.Sentence.Tokens;
                if (m.TokenStart < 3 || m.TokenStart > MaxOfficeWords + 2 || tokens[m.TokenStart - 1].Text != "," || tokens[0].Lower is not ("his" or "her" or "its")) continue;
                if (!tokens.Take(m.TokenStart - 1).Skip(1).All(t => t.IsWord)) continue;
                var before = mentions[m.Sentence.Index - 1];
                var owners = tokens[0].Lower == "its"
                    ? before.Where(x => x.Kind == MentionKind.Country && !x.IsDemonym && x.Iso2 is not null).Select(x => x.Iso2!).Distinct().ToList()
                    : before.Where(x => x.Kind == MentionKind.Person && !x.IsNominal && x.EntityId is not null)
                        .Select(x => people.FirstOrDefault(q => q.Id == x.EntityId)?.Iso2).OfType<string>().Distinct().ToList();
                if (owners.Count != 1) continue;
                m.Iso2 = owners[0];
                p.Iso2 = owners[0];
                changed.Add(p);
                break;
            }
        }
        return changed;
    }
}
