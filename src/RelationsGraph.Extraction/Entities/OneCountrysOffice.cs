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

    /// <summary>The country of an office title held by only one country's government, or null.</summary>
    public static string? Of(string? title) => title is not null && Offices.TryGetValue(title.Trim(), out var iso) ? iso : null;
}
