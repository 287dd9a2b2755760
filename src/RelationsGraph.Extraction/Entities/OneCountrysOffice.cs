namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Assistant Secretary of State X", "Taoiseach Y", "Chief Cabinet Secretary Z": offices that, in English-language news,
/// only one country's government has, so the title alone tells the country when nothing else does (pattern: a
/// government's own style of office). A country told around the name always wins ("the Vatican Secretary of State").
/// </summary>
internal static class OneCountrysOffice
{
    private static readonly FrozenDictionary<string, string> Offices = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // The British "Secretary of State for X" always names its department; the bare style is the American one.
        ["Secretary of State"] = "US",
        ["Assistant Secretary of State"] = "US",
        ["Deputy Secretary of State"] = "US",
        ["Taoiseach"] = "IE",
        ["Tanaiste"] = "IE",
        ["Chief Cabinet Secretary"] = "JP",
        ["State Councilor"] = "CN",
        ["State Councillor"] = "CN",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Ranks that may stand before an office and leave it the same government's ("Acting", "Deputy Assistant").</summary>
    private static readonly string[] Ranks = ["Acting ", "Principal ", "Deputy ", "Interim "];

    /// <summary>
    /// The country of an office title held by only one country's government, or null. The office keeps its country with a
    /// rank before it ("Acting Assistant Secretary of State", "Deputy Assistant Secretary of State") and with its remit after
    /// "for" ("Assistant Secretary of State for Consular Affairs"): a rank or a remit changes the post, not whose it is
    /// (pattern: one government's style of office, ranked or given a remit). The bare "Secretary of State" with a remit is
    /// the British or French style, so it is left alone.
    /// </summary>
    public static string? Of(string? title)
    {
        if (title is null) return null;
        var office = title.Trim();
        if (Offices.TryGetValue(office, out var iso)) return iso;
        var remit = office.IndexOf(" for ", StringComparison.OrdinalIgnoreCase);
        var hasRemit = remit > 0;
        if (hasRemit) office = office[..remit];
        foreach (var rank in Ranks)
            if (office.StartsWith(rank, StringComparison.OrdinalIgnoreCase) && office.Length > rank.Length && Offices.ContainsKey(office[rank.Length..]))
            {
                office = office[rank.Length..];
                break;
            }
        if (hasRemit && office.Equals("Secretary of State", StringComparison.OrdinalIgnoreCase)) return null;
        return Offices.TryGetValue(office, out iso) ? iso : null;
    }
}
