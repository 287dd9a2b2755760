namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "In Harare, the Foreign Minister, X, told state media ...", "In Quito, Vice President Y said ...": a sentence that opens
/// by naming a city or country as its setting reports what the local side said there, so an official it names with an office
/// and no country serves the setting's country (pattern: an opening locative sets the scene for the clause that follows).
/// Runs before the home country is given, as the setting is said in the sentence itself.
/// </summary>
internal static class OfficialsInASetting
{
    /// <summary>Gives each unplaced official named in such a sentence the setting's country; returns the people it changed.</summary>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var changed = new List<PersonName>();
        foreach (var p in people.Where(p => p.Iso2 is null && p.Mentions.Count > 0 && p.Mentions.All(m => m.Canonical is null)))
        {
            // "the Communist leader X", "opposition leader Y": a party's leader speaks in the setting but holds no office for it.
            foreach (var m in p.Mentions.Where(m => m.TitleIsOffice && m.Title is not null && !m.IsNominal && m.Iso2 is null && !UnmarkedOfficials.IsBodyOffice(m) &&
                                                    !m.Title.EndsWith("leader", StringComparison.OrdinalIgnoreCase)))
            {
                if (SettingOf(mentions[m.Sentence.Index], m) is not { } iso) continue;
                m.Iso2 = iso;
                p.Iso2 = iso;
                changed.Add(p);
                break;
            }
        }
        return changed;
    }

    /// <summary>
    /// The country of "In Place," at the head of the sentence, when the official comes after it and no other country is named
    /// between them (a second country would make the official's side unclear).
    /// </summary>
    private static string? SettingOf(IReadOnlyList<Mention> sentence, Mention official)
    {
        var tokens = official.Sentence.Tokens;
        if (tokens.Count < 4 || tokens[0].Lower != "in") return null;
        var setting = sentence.FirstOrDefault(m => m.Kind is MentionKind.Place or MentionKind.Country && m.Iso2 is not null && !m.IsDemonym &&
                                                   (m.TokenStart == 1 || m.TokenStart == 2 && tokens[1].Lower == "the"));
        if (setting is null || setting.TokenEnd >= tokens.Count || tokens[setting.TokenEnd].Text != "," || setting.TokenEnd >= official.TokenStart) return null;
        var between = sentence.Any(m => m.Kind is MentionKind.Place or MentionKind.Country && m.Iso2 is not null && m != setting &&
                                        m.TokenStart > setting.TokenEnd && m.TokenStart < official.TokenStart &&
                                        !string.Equals(m.Iso2, setting.Iso2, StringComparison.OrdinalIgnoreCase));
        return between ? null : setting.Iso2;
    }
}
