using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "signed at the Orvela palace", "talks in the Kestrin reception hall", "met at Dunmore stadium": news often writes a
/// venue's proper name followed by its common noun in lowercase, and the noun is part of the venue's name (the Orvela
/// palace, not Orvela). An unknown name read as a place after a locative takes in the lowercase venue noun right after
/// it, with at most one qualifying word of a closed class between ("state guesthouse", "conference centre")
/// (pattern: a venue's own name followed by its lowercase common noun).
/// </summary>
internal static class VenueNounAfterName
{
    /// <summary>Nouns heading the name of a building, a compound or a site where leaders meet.</summary>
    private static readonly FrozenSet<string> VenueNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "palace", "hotel", "centre", "center", "hall", "guesthouse", "house", "residence", "building", "villa", "resort", "estate",
        "castle", "lodge", "mansion", "pavilion", "auditorium", "complex", "compound", "stadium", "arena", "cinema", "theatre",
        "theater", "museum", "airport", "base", "camp",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lowercase words that qualify a venue noun inside a venue's name ("reception hall", "naval base").</summary>
    private static readonly FrozenSet<string> Qualifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "state", "presidential", "royal", "conference", "convention", "congress", "exhibition", "reception", "protocol", "concert",
        "guest", "official", "military", "naval", "air", "government", "international",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The token index just past the lowercase venue noun that follows a name ending before <paramref name="end"/>, or
    /// <paramref name="end"/> when no such noun follows. A noun followed by a possessive or another noun is a modifier, not a head.
    /// </summary>
    public static int End(List<Token> tokens, int end)
    {
        var k = end;
        if (k < tokens.Count && IsLowerWord(tokens[k]) && Qualifiers.Contains(tokens[k].Text)) k++;
        if (k >= tokens.Count || !IsLowerWord(tokens[k]) || !VenueNouns.Contains(tokens[k].Text)) return end;
        // "the Orvela house rules", "the Dunmore hotel's lobby": the noun qualifies what comes after it.
        if (k + 1 < tokens.Count && (tokens[k + 1].Text is "'s" or "’s" or "'" or "’" || IsLowerWord(tokens[k + 1]) && VenueNouns.Contains(tokens[k + 1].Text)))
            return end;
        return k + 1;
    }

    /// <summary>
    /// "Orvela palace" → "Orvela": the name without its lowercase venue noun, so that the article's bare "Orvela" and
    /// "the Orvela palace" are one place, known by both names. A name with no such tail is returned as it is.
    /// </summary>
    public static string Bare(string name)
    {
        var cut = name.LastIndexOf(' ');
        if (cut <= 0 || !VenueNouns.Contains(name[(cut + 1)..])) return name;
        var rest = name[..cut];
        var q = rest.LastIndexOf(' ');
        if (q > 0 && Qualifiers.Contains(rest[(q + 1)..])) rest = rest[..q];
        return rest.Length > 0 && char.IsUpper(rest[0]) ? rest : name;
    }

    private static bool IsLowerWord(Token t) => t.IsWord && !t.IsCapitalized;
}
