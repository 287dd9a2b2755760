using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// Capitalised words after "in", "at" or "the" that news language writes for something other than a place, so that an
/// unknown name read there is no place (and no meeting's place): a holiday ("at Christmas", "on its Independence Day"),
/// a document ("in the Final Act", "in a Press Release"), a modifier of the event noun after it ("at the Ostrovan summit
/// conference", "in the Kessel talks", "at the Tarn Valley conference": the name qualifies the gathering, not where it
/// was), and a "-speaking" region ("in the French-speaking Tarvic", a group of countries by their language).
/// </summary>
internal static class HolidaysDocumentsAndEventModifiers
{
    /// <summary>Holidays and feasts written alone ("at Christmas", "before Ramadan").</summary>
    private static readonly FrozenSet<string> Holidays = new HashSet<string>(StringComparer.Ordinal)
    {
        "Christmas", "Easter", "Ramadan", "Eid", "Diwali", "Nowruz", "Hanukkah", "Passover", "Thanksgiving", "Lent", "Advent",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words of the names of days, holidays and documents ("Independence Day", "the Final Act", "Press Release").</summary>
    private static readonly FrozenSet<string> NonPlaceHeads = new HashSet<string>(StringComparer.Ordinal)
    {
        "Day", "Eve", "Act", "Release", "Statement",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lowercase nouns of a gathering, an address or a programme that a name before them qualifies.</summary>
    private static readonly FrozenSet<string> EventNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "summit", "conference", "talks", "meeting", "speech", "session", "forum", "ceremony", "celebrations", "celebration",
        "address", "fund", "agenda", "negotiations", "dialogue", "process", "initiative",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the unknown name of <paramref name="words"/>, whose last token is just before <paramref name="end"/>,
    /// names a holiday, a document, a "-speaking" group of countries, or qualifies a lowercase event noun after it.
    /// </summary>
    public static bool Holds(IReadOnlyList<string> words, List<Token> tokens, int end)
    {
        if (words.Count == 0) return false;
        if (words.Count == 1 && Holidays.Contains(words[0])) return true;
        if (words.Count >= 2 && NonPlaceHeads.Contains(words[^1])) return true;
        if (words[0].EndsWith("-speaking", StringComparison.Ordinal)) return true;
        // "the Kessel talks", "the Ostrovan summit conference": a lowercase event noun right after the name is its head.
        // Not "the Dunmore conference centre", where the event noun only qualifies a venue noun.
        return end < tokens.Count && tokens[end].IsWord && !tokens[end].IsCapitalized && EventNouns.Contains(tokens[end].Text) &&
               VenueNounAfterName.End(tokens, end) == end;
    }
}
