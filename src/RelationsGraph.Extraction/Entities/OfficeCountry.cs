using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// The country that words qualifying an office name: "Australia's minister", "the Ghanaian envoy", "the White House
/// spokesman" (pattern: an office is its country's when a country, a nationality or a seat of government qualifies it).
/// </summary>
internal static class OfficeCountry
{
    /// <summary>The country <paramref name="phrase"/> names as a country or a nationality, or, if asked, by its capital.</summary>
    public static string? ByName(KnowledgeBase knowledge, string phrase, bool orCapital = false) =>
        knowledge.Lookup(phrase).FirstOrDefault(e => e.Kind is GazetteerKind.Country or GazetteerKind.Demonym || orCapital && e.Kind == GazetteerKind.Capital)?.Iso2;

    /// <summary>As <see cref="ByName"/>, and failing that the country whose seat of government the phrase names ("Kremlin").</summary>
    public static string? ByNameOrSeat(KnowledgeBase knowledge, string phrase) => ByName(knowledge, phrase) ?? knowledge.SeatOfGovernment(phrase);
}
