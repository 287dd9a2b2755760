using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the second ceremony at the Vatican", "received by the pontiff in the Vatican": a state known by another name than its own
/// (the Holy See as "the Vatican") whose capital is that name with "City" (Vatican City) is, after a locative, the city-state
/// where the event happens, a place like any capital after "in"; where it acts ("the Vatican said") it stays the state. A
/// state whose own name a bigger capital merely extends ("Mexico" and Mexico City, "Kuwait" and Kuwait City) is never read so,
/// nor a city-state named by its own name ("in Singapore"), whose capital and state the press does not tell apart.
/// </summary>
internal static class CityStateAsPlace
{
    public static bool IsItsCity(KnowledgeBase knowledge, string name, string? iso2)
    {
        if (iso2 is null || knowledge.Country(iso2) is not { } country) return false;
        foreach (var capital in country.Capitals)
        {
            if (!string.Equals(country.Name, name, StringComparison.OrdinalIgnoreCase) && string.Equals(capital, name + " City", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
