namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Defence Minister X and Indonesian Defence Minister Y signed", "Interior Minister X and his Malaysian counterpart Y": in a
/// story about two countries, an official whose country goes unsaid, paired by "and" with an official of one of them, is the
/// official of the other (the pattern: reporters mark only the foreign side of a pair of counterparts, and the pair is of the
/// article's two principal countries).
/// </summary>
internal static class CounterpartOfficials
{
    /// <summary>Most words a title, a demonym or "his counterpart" may take between the "and" and the second name.</summary>
    private const int Gap = 12;

    /// <summary>
    /// Gives each unmarked official paired with a marked one the other principal country; returns the people it changed. With
    /// <paramref name="textMarkedOnly"/>, only a partner whose country the text itself marks ("Malaysian Home Minister Y", not a
    /// leader known from the lists) counts: that pass runs before the home country is given, as a visiting government's release
    /// filed from the host's capital leaves its own officials unmarked beside the host's marked ones, while a host's two
    /// leaders named together ("President X and Prime Minister Y received the guest") are no pair of counterparts.
    /// </summary>
    /// <param name="principal">The article's two principal countries (<see cref="PrincipalPair"/>), read once by the stage.</param>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions, (string, string)? principal, bool textMarkedOnly = false)
    {
        if (principal is not var (first, second)) return [];
        // Most articles have no unplaced official left: the index of everyone's mentions is built only when one may be placed.
        if (!people.Any(UnplacedOfficials.IsUnplaced)) return [];
        var personOf = new Dictionary<Mention, PersonName>(ReferenceEqualityComparer.Instance);
        foreach (var p in people)
            foreach (var m in p.Mentions) personOf[m] = p;
        return UnplacedOfficials.Place(people, official => UnmarkedOfficials.IsBodyOffice(official) ? null : OtherOfThePair(official), (p, _) => p.CountryFromCounterpart = true);

        // The principal country that is not the one of the official's marked partner.
        string? OtherOfThePair(Mention official)
        {
            // The partner is the next person named; one the lists know does not count in the text-marked pass, nor does anyone after it.
            var partner = mentions[official.Sentence.Index]
                .Where(m => m.Kind == MentionKind.Person && m.TokenStart >= official.TokenEnd && m.TokenStart <= official.TokenEnd + Gap)
                .MinBy(m => m.TokenStart);
            // "X and his counterpart Y", "X met her counterpart, Minister Y": the counterpart's partner is the one named before.
            if ((partner is null || !Paired(official, partner)) && UnmarkedOfficials.IntroducedAsACounterpart(official))
                partner = mentions[official.Sentence.Index].Where(m => m.Kind == MentionKind.Person && !m.IsNominal && m.TokenEnd < official.TokenStart).MaxBy(m => m.TokenStart);
            else if (partner is not null && !Paired(official, partner)) partner = null;
            if (partner is null || textMarkedOnly && partner.Canonical is not null) return null;
            var partnerCountry = partner.Iso2 ?? (personOf.TryGetValue(partner, out var q) ? q.Iso2 : null);
            return partnerCountry == first ? second : partnerCountry == second ? first : null;
        }
    }

    /// <summary>"and" right after the first name, then no clause word or list comma up to the second.</summary>
    private static bool Paired(Mention first, Mention second)
    {
        var tokens = first.Sentence.Tokens;
        if (first.TokenEnd >= tokens.Count || tokens[first.TokenEnd].Lower != "and") return false;
        // "X and her Chilean counterpart, Mining, Energy and Trade Minister Y": the counterpart's title may follow as an
        // apposition with its own commas and "and".
        var k0 = first.TokenEnd + 1;
        if (k0 < tokens.Count && tokens[k0].Lower is "his" or "her" or "their") k0++;
        while (k0 < second.TokenStart && tokens[k0].IsCapitalized && tokens[k0].IsWord) k0++;
        if (k0 < second.TokenStart && tokens[k0].Lower == "counterpart" && k0 > first.TokenEnd + 1)
            return Enumerable.Range(k0 + 1, second.TokenStart - k0 - 1).All(k => tokens[k].Text == "," || tokens[k].Lower == "and" || tokens[k].IsCapitalized);
        for (var k = first.TokenEnd + 1; k < second.TokenStart; k++)
            if (tokens[k].Text is "," or ";" or ":" or "." or "(" || tokens[k].Lower is "and" or "who" or "which" or "said" or "with") return false;
        return true;
    }

    /// <summary>The two countries the article names most, when they stand clearly above a third.</summary>
    internal static (string, string)? PrincipalPair(IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        // Counted in a plain loop (this reads every mention of the article), in order of first
        // mention as GroupBy gave them, so the stable sort breaks ties the same way.
        var index = new Dictionary<string, int>();
        var tally = new List<(string Iso2, int Count)>();
        foreach (var sentence in mentions)
            for (var k = 0; k < sentence.Count; k++)
            {
                if (sentence[k] is not { Kind: MentionKind.Country, Iso2: { } iso }) continue;
                if (index.TryGetValue(iso, out var at)) tally[at] = (iso, tally[at].Count + 1);
                else
                {
                    index[iso] = tally.Count;
                    tally.Add((iso, 1));
                }
            }
        var counts = tally.OrderByDescending(c => c.Count).ToList();
        if (counts.Count < 2 || counts.Count > 2 && counts[2].Count >= counts[1].Count) return null;
        return (counts[0].Iso2, counts[1].Iso2);
    }
}
