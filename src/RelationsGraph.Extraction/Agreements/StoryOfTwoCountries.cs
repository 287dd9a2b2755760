using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The 1962 Water Agreement" in a story of Malaysia and Singapore is theirs; "the 1991 Abuja Treaty" in a story of a
/// summit of a dozen states is no more the two most named states' than any other's. A document whose sides the text never
/// gives is taken to be the article's two principal countries' only in a story about two countries: one where those two
/// hold most of the country mentions (the pattern: a bilateral story's unnamed documents are bilateral).
/// </summary>
internal static class StoryOfTwoCountries
{
    /// <summary>The share of all country mentions the two most named countries must hold.</summary>
    private const double TwoCountryShare = 0.55;

    public static bool Holds(IEnumerable<ExtractedEntity> entities)
    {
        var counts = entities.Where(e => e.Type == "Country").Select(e => e.Mentions).OrderByDescending(n => n).ToList();
        var total = counts.Sum();
        return total == 0 || counts.Take(2).Sum() >= TwoCountryShare * total;
    }
}
