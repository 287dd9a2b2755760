namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Later the guest called on the President of Freedonia, X. She also met Vice President Y.": an official named with an
/// office of state and no nationality, in a paragraph whose every country-bearing mention (countries, places, demonyms,
/// placed people) points to one and the same country, serves that country: the reporter marks the side once for the whole
/// paragraph and leaves its other officials unmarked (pattern: the paragraph's one country is the subject's side). A last
/// resort after the home country: officials who travel in their own clause, belong to a travelling party, or are told as
/// someone's counterpart keep no country, as a wrong country is worse than none.
/// </summary>
internal static class OfficialOfTheParagraphsCountry
{
    /// <summary>Gives each unplaced official the one country their paragraph names; returns the people it changed.</summary>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var changed = new List<PersonName>();
        foreach (var p in people.Where(UnplacedOfficials.IsUnplaced))
        {
            var offices = p.Mentions.Where(m => m.TitleIsOffice && m.Title is not null && !m.IsNominal).ToList();
            if (offices.Count == 0 || offices.Any(UnmarkedOfficials.IsBodyOffice) || offices.All(UnmarkedOfficials.HoldsNoOfficeOfState) ||
                offices.Any(m => UnmarkedOfficials.IntroducedAsACounterpart(m) || UnmarkedOfficials.ListedInTheVisitorsParty(m) ||
                                 UnmarkedOfficials.InTheVisitorsParty(m)) ||
                p.Mentions.Any(m => m.Kind == MentionKind.Person && TravelsInTheirClause(m, mentions[m.Sentence.Index])))
                continue;
            string? country = null;
            foreach (var m in offices)
                if (OneCountryOf(m, mentions) is { } iso) { country = iso; break; }
            if (country is null) continue;
            p.Iso2 = country;
            changed.Add(p);
        }
        return changed;
    }

    /// <summary>
    /// The single country every country-bearing mention of the paragraph points to, or null when it names none or several.
    /// The paragraph is walked outwards from the official's sentence while the sentences keep its number.
    /// </summary>
    private static string? OneCountryOf(Mention official, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var paragraph = official.Sentence.Paragraph;
        var index = official.Sentence.Index;
        string? one = null;
        for (var step = -1; step <= 1; step += 2)
            for (var i = step < 0 ? index : index + 1; i >= 0 && i < mentions.Count; i += step)
            {
                var sentence = mentions[i];
                if (sentence.Count > 0 && sentence[0].Sentence.Paragraph != paragraph) break;
                foreach (var m in sentence)
                {
                    if (m.Iso2 is null || m.Kind == MentionKind.Organization) continue;
                    // "Vice President X, Prime Minister Y and the Freedonian Trade Minister Z": a nationality written after the
                    // official in their own sentence marks a later, foreign member of the list; the official left unmarked
                    // before it is not of that side.
                    if (i == index && m.IsDemonym && m.TokenStart >= official.TokenEnd) return null;
                    if (one is null) one = m.Iso2;
                    else if (!string.Equals(one, m.Iso2, StringComparison.OrdinalIgnoreCase)) return null;
                }
            }
        return one;
    }

    /// <summary>"Prime Minister X flew in on Monday": a travel verb in the official's own clause makes them the visitor.</summary>
    private static bool TravelsInTheirClause(Mention official, IReadOnlyList<Mention> sentence)
    {
        var tokens = official.Sentence.Tokens;
        for (var v = official.TokenEnd; v < tokens.Count && v - official.TokenEnd <= 14; v++)
        {
            if (tokens[v].Text is ";" or ":" || tokens[v].Lower == "that" || Text.Lexicon.SpeechVerbs.Contains(tokens[v].Text) ||
                sentence.Any(m => m.Kind == MentionKind.Person && m != official && m.TokenStart == v)) return false;
            if (UnmarkedOfficials.TravelVerbs.Contains(tokens[v].Text)) return true;
        }
        return false;
    }
}
