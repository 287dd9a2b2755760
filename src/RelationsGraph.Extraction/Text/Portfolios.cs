namespace RelationsGraph.Extraction.Text;

/// <summary>
/// Capitalised words that name a minister's portfolio, so that they belong to the title around
/// them rather than to a name: "Trade Cabinet Secretary", "Minister of State for Foreign Trade".
/// </summary>
internal static class Portfolios
{
    private static readonly FrozenSet<string> Words = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "state", "foreign", "affairs", "trade", "defence", "defense", "commerce", "industry", "finance", "economy", "economic",
        "energy", "home", "interior", "justice", "health", "education", "agriculture", "environment", "transport", "europe",
        "european", "international", "development", "cooperation", "security", "planning", "external", "national", "culture",
        "labour", "labor", "investment", "tourism", "digital", "science", "technology", "climate", "fisheries", "infrastructure",
        "relations", "overseas", "immigration", "housing", "mines", "petroleum", "oil", "gas", "resources", "treasury", "budget",
        "maritime", "ocean", "oceans", "unification", "veterans", "information", "communications", "public", "works",
        // Infrastructure, land and social portfolios: "Road Transport and Highways Minister", "Minister for Water and Sanitation".
        "road", "roads", "highways", "bridges", "railways", "aviation", "shipping", "ports", "physical", "water", "sanitation",
        "power", "mining", "minerals", "lands", "land", "forestry", "food", "livestock", "irrigation", "rural", "urban",
        "local", "social", "welfare", "employment", "women", "youth", "sports", "heritage", "media", "legal", "customs", "logistics",
        // Climate, disaster, family and diaspora portfolios: "Minister of Climate Change and Environment", "Gender and Family Minister".
        "change", "disaster", "management", "family", "children", "gender", "equality", "diaspora", "expatriates", "religious",
        "endowments", "innovation", "research", "telecommunications", "parliamentary", "solidarity", "integration",
        // Military portfolios: "Armed Forces Minister", "Army Secretary".
        "armed", "forces", "army", "navy", "military",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string word) => Words.Contains(word);
}
