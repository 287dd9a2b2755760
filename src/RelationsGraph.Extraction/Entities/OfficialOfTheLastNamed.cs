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
        if (tokens[0].Lower is "his" or "her") before = PronounChainStart(m.Sentence.Index - 1, tokens[0].Lower == "his" ? "he" : "she", mentions);
        var owners = tokens[0].Lower == "its"
            ? before.Where(x => x.Kind == MentionKind.Country && !x.IsDemonym && x.Iso2 is not null).Select(x => x.Iso2!).Distinct().ToList()
            : before.Where(x => x.Kind == MentionKind.Person && !x.IsNominal && x.EntityId is not null)
                .Select(x => byId.GetValueOrDefault(x.EntityId!)?.Iso2).OfType<string>().Distinct().ToList();
        return owners.Count == 1 ? owners[0] : null;
    }

    /// <summary>Most sentences opening with "He"/"She" walked back over to find whom the pronouns stand for.</summary>
    private const int MaxPronounSentences = 3;

    /// <summary>
    /// "Faye arrived in Beijing on Monday. He also held talks with Zhao, chairman of .... His foreign minister, Y, ...": a
    /// sentence opening with "He"/"She" goes on telling of the person the pronoun stands for, so the one it names is the one
    /// met or talked of, not the owner of "His"; the owner is the one the chain of such sentences started from (pattern: a
    /// pronoun subject carried over several sentences of one leader's story). Returns the mentions of the first sentence
    /// before <paramref name="index"/> (inclusive) that does not open with the pronoun, or none when the walk runs out.
    /// </summary>
    internal static IReadOnlyList<Mention> PronounChainStart(int index, string pronoun, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        for (var walked = 0; index >= 0; index--, walked++)
        {
            var sentence = mentions[index];
            if (sentence.Count == 0) return sentence;
            if (sentence[0].Sentence.Tokens is not [var first, ..] || first.Lower != pronoun) return sentence;
            if (walked == MaxPronounSentences) return [];
        }
        return [];
    }
}
