using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Elector's troops wintered in Germany", "Venetian galleys off Croatia": a story set wholly in past centuries that
/// names a state of today which did not exist at the time uses the name for a region, not for a party to anything
/// (pattern: retrospectives lay today's map over old events, "Germany" for the German lands of the Empire, "Croatia" for
/// a border province). A story is set in the past when it writes at least three years and four in five of them lie
/// before the time of its writing (its publication year and the two before it); the country mention, name or adjective,
/// is dropped when the state's first year of statehood comes more than a decade after every past year the story writes
/// (a story told in the last years before a state's birth may already name it as a side: "Slovenia's leaders voted ...").
/// </summary>
internal static class StateNotYetFounded
{
    /// <summary>Fewest past years a story must write to be told as history.</summary>
    private const int MinimumPastYears = 3;

    /// <summary>Share of the written years that must lie before the time of writing.</summary>
    private const double PastShare = 0.8;

    /// <summary>Years by which the state's first year must follow the story's latest past year.</summary>
    private const int Margin = 10;

    /// <summary>
    /// States whose names were regions, provinces or parts of larger realms before they became states, with the first year
    /// of their statehood under that name (unification or independence). States that histories call by the same name
    /// before that year (Poland, Austria, the Netherlands, Norway, Egypt) are not listed.
    /// </summary>
    private static readonly FrozenDictionary<string, int> FirstYear = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["DE"] = 1871, ["IT"] = 1861, ["HU"] = 1918, ["RS"] = 1878, ["HR"] = 1991, ["SI"] = 1991, ["BA"] = 1992, ["MK"] = 1991,
        ["SK"] = 1993, ["CZ"] = 1993, ["BY"] = 1991, ["LT"] = 1918, ["LV"] = 1918, ["EE"] = 1918, ["FI"] = 1917, ["GE"] = 1918,
        ["AM"] = 1918, ["LU"] = 1867, ["CV"] = 1975, ["PH"] = 1898, ["BR"] = 1822, ["UY"] = 1828, ["CA"] = 1867, ["ER"] = 1993,
        ["DJ"] = 1977, ["PS"] = 1988, ["TW"] = 1949, ["MT"] = 1964, ["LK"] = 1948, ["JM"] = 1962, ["PA"] = 1903, ["SY"] = 1946,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The latest past year a story told as history writes, or null when the story is not set in the past.</summary>
    public static int? PastOf(IReadOnlySet<int> writtenYears, int? published)
    {
        if (published is not { } now || writtenYears.Count == 0) return null;
        var past = writtenYears.Where(y => y < now - 2).ToList();
        if (past.Count < MinimumPastYears || past.Count < PastShare * writtenYears.Count) return null;
        return past.Max();
    }

    /// <summary>Whether a state of this code had not yet been founded in a story whose latest past year is <paramref name="latest"/>.</summary>
    public static bool NotYetFounded(string? iso2, int latest) =>
        iso2 is not null && FirstYear.TryGetValue(iso2, out var first) && latest + Margin < first;

    /// <summary>The mentions without the country mentions of states founded after the time of a story that writes <paramref name="writtenYears"/>.</summary>
    public static List<IReadOnlyList<Mention>> Apply(IReadOnlyList<IReadOnlyList<Mention>> bySentence, IReadOnlySet<int>? writtenYears, int? published)
    {
        var list = bySentence.ToList();
        if (writtenYears is null || PastOf(writtenYears, published) is not { } latest) return list;
        bool Anachronism(Mention m) => m.Kind == MentionKind.Country && NotYetFounded(m.Iso2, latest);
        return list.Select(mentions => mentions.Any(Anachronism) ? (IReadOnlyList<Mention>)mentions.Where(m => !Anachronism(m)).ToList() : mentions).ToList();
    }
}
