using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Both presidents noted that the treaty remained the foundation", "the two leaders reaffirmed the 2019 accord": a counted
/// pair of office-holders speaks for their two states as "both sides" does, so a document whose sides the text does not
/// name is theirs: the states of the two people of the latest meeting of two told up to the sentence, else the article's
/// two principal countries (the pattern: a pair of leaders stands for a pair of countries).
/// </summary>
internal static class PairOfLeaders
{
    private static readonly FrozenSet<string> Offices = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "leaders", "presidents", "premiers", "ministers", "chancellors", "monarchs", "kings", "counterparts", "heads" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the sentence names a pair of office-holders: "both presidents", "the two prime ministers", "both heads of state".</summary>
    public static bool In(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Lower is not ("two" or "both")) continue;
            // "two" counts only as "the two"/"these two": "two ministers of each side" is no pair.
            if (tokens[i].Lower == "two" && !(i > 0 && tokens[i - 1].Lower is "the" or "these" or "both")) continue;
            // One word of office may come first: "the two foreign ministers", "both prime ministers".
            for (var k = i + 1; k < tokens.Count && k <= i + 2; k++)
                if (Offices.Contains(tokens[k].Text)) return true;
        }
        return false;
    }

    /// <summary>
    /// The two states of the pair: the countries of the two people of the latest held meeting of exactly two people of two
    /// countries told up to the sentence, or null when the sentence names no pair or no such meeting was told.
    /// </summary>
    public static IReadOnlyList<string>? Countries(Sentence sentence, IEnumerable<Meeting> meetings, IReadOnlyList<PersonName> people)
    {
        if (!In(sentence)) return null;
        var latest = meetings
            .Where(m => m.Held && m.Mentions.Any(x => x.Sentence.Index <= sentence.Index))
            .Select(m => (Meeting: m, Countries: m.Participants.Keys.Where(k => !m.Absent.Contains(k)).Select(k => people.FirstOrDefault(p => p.Id == k)?.Iso2).ToList()))
            .Where(x => x.Countries.Count == 2 && x.Countries.All(c => c is not null) && x.Countries[0] != x.Countries[1])
            .OrderByDescending(x => x.Meeting.Mentions.Where(m => m.Sentence.Index <= sentence.Index).Max(m => m.Sentence.Index))
            .FirstOrDefault();
        return latest.Meeting is null ? null : latest.Countries.Select(c => EntityRegistry.CountryId(c!)).ToList();
    }
}
