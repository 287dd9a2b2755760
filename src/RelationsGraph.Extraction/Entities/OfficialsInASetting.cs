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
        // "the Communist leader X", "opposition leader Y": a party's leader speaks in the setting but holds no office for it.
        return UnplacedOfficials.Place(people,
            m => m.Iso2 is null && !UnmarkedOfficials.IsBodyOffice(m) && !m.Title!.EndsWith("leader", StringComparison.OrdinalIgnoreCase) ? SettingOf(mentions[m.Sentence.Index], m) : null,
            (p, m) => m.Iso2 = p.Iso2);
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
