namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the hill village of Orvak", "the lakeside resort of Semlin", "the island of Tarra", "the border town of Kesh": news
/// introduces a town the reader may not know by its kind of settlement, then "of", then its name. An unknown name in that
/// slot is a place, as it is after a locative (pattern: settlement noun + "of" + name introduces a little-known place).
/// </summary>
internal static class SettlementOf
{
    /// <summary>The closed class of nouns for a settlement or an island (singular and plural).</summary>
    public static bool IsSettlementNoun(string lower) => lower is "village" or "villages" or "town" or "towns" or "city" or "cities"
        or "hamlet" or "township" or "municipality" or "resort" or "island" or "islands" or "port" or "ports" or "oasis" or "settlement";
}
