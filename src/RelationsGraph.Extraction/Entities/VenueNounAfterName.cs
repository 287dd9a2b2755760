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
    /// <summary>
    /// Nouns of the kind of an area, a natural feature or a site that news writes in lowercase after the area's own name
    /// ("the Orvak region", "Tessel province", "the Marrow crossing", "the Kell valley", "the Dunvar gas field"). The noun
    /// is part of the place's name, and a capitalised unknown name after "the" and before such a noun is a place whatever
    /// precedes it (pattern: the definite article, a proper name and the lowercase kind of place it names).
    /// </summary>
    private static readonly string[] AreaNouns =
    [
        "region", "regions", "province", "provinces", "district", "county", "governorate", "prefecture", "territory", "enclave",
        "river", "valley", "peninsula", "plateau", "desert", "mountains", "hills", "forest", "gorge", "pass",
        "island", "islands", "crossing", "checkpoint", "corridor", "dam", "port", "station", "field", "plant", "mine",
        "terminal", "monastery", "shrine", "temple", "mosque",
    ];

    private static readonly FrozenSet<string> AreaNounSet = AreaNouns.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns heading the name of a building, a compound or a site where leaders meet.</summary>
    private static readonly FrozenSet<string> VenueNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "palace", "hotel", "centre", "center", "hall", "guesthouse", "house", "residence", "building", "villa", "resort", "estate",
        "castle", "lodge", "mansion", "pavilion", "auditorium", "complex", "compound", "stadium", "arena", "cinema", "theatre",
        "theater", "museum", "airport", "base", "camp",
    }.Concat(AreaNouns).ToFrozenSet(StringComparer.Ordinal); // and the nouns of areas and sites named by their kind

    /// <summary>Lowercase words that qualify a venue noun inside a venue's name ("reception hall", "naval base").</summary>
    private static readonly FrozenSet<string> Qualifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "state", "presidential", "royal", "conference", "convention", "congress", "exhibition", "reception", "protocol", "concert",
        "guest", "official", "military", "naval", "air", "government", "international",
        // Qualifiers of sites and crossings: "border crossing", "gas field", "power plant", "railway station".
        "border", "gas", "oil", "power", "railway", "nuclear", "hydroelectric",
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
    /// "and the Sorrel region", "on the Tarn peninsula", "shelled the Kell valley": a capitalised name from
    /// <paramref name="first"/> to <paramref name="end"/> (exclusive) right after "the" and right before a lowercase noun of
    /// the kind of an area or a site (<see cref="AreaNouns"/>, with at most one qualifier) names a place even where no
    /// locative preposition stands before it.
    /// </summary>
    public static bool NamedByItsKind(List<Token> tokens, int first, int end)
    {
        if (first < 1 || tokens[first - 1].Lower != "the") return false;
        var past = End(tokens, end);
        return past > end && AreaNounSet.Contains(tokens[past - 1].Text);
    }

    public const string VenueNounRule = "unknown name before the lowercase venue noun it names";

    /// <summary>
    /// "flew into Varno's Kessel airport", "the Harlow Pegmont hotel", "from Tarvik station": a capitalised unknown name ending
    /// at <paramref name="end"/> (exclusive) and followed by a lowercase venue or site noun that heads the phrase (at most one
    /// qualifier between: "Dunmore conference centre") names that venue, whatever precedes it; a person's name is never
    /// followed by "airport" or "hotel" as its head (pattern: a venue's own name followed by its lowercase common noun).
    /// </summary>
    /// <remarks>
    /// Not at the start of a sentence, where any word is capitalised ("Neither territory ..."), not after another capitalised
    /// word or a hyphen, where the unknown word is the tail of a longer name read otherwise ("Kazan Expo exhibition centre"),
    /// and not for one word of an adjective's shape ("Pacific island", "Viennese hotel", "Buddhist temple"), which tells the
    /// kind of venue, not its name.
    /// </remarks>
    public static bool NamedByItsVenueNoun(List<Token> tokens, int first, int end)
    {
        var past = End(tokens, end);
        if (past == end || PersonalNouns.Contains(tokens[past - 1].Text) || first == 0) return false;
        var before = tokens[first - 1];
        if (before.IsWord && before.IsCapitalized || before.Text is "-" or "–" or "\"" or "“" or "‘" or "'") return false;
        return end - first > 1 || !AdjectiveEndings.Any(e => tokens[first].Text.EndsWith(e, StringComparison.Ordinal));
    }

    private static readonly string[] AdjectiveEndings = ["ic", "ean", "ian", "ese", "ish", "ist", "ern", "al"];

    /// <summary>
    /// Venue nouns that also follow a person's or a faction's name ("the Marlow camp", "the Ferris house"), where the name is
    /// the owner or the leader, not the venue's own name; these need a locative before the name.
    /// </summary>
    private static readonly FrozenSet<string> PersonalNouns = new HashSet<string>(StringComparer.Ordinal)
        { "camp", "house", "residence", "estate", "mansion", "villa", "lodge", "field", "pass" }.ToFrozenSet(StringComparer.Ordinal);

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

    /// <summary>
    /// "Corvell convention centre" and "Corvell Convention Center" → ("Corvell convention", "center") and ("Corvell Convention",
    /// "center"); "Marlow Grand Mosque" → ("Marlow Grand", "mosque"): the words of a venue's name before its last
    /// word, and that last word as a venue noun in either case and spelling, when the name is two to four words and ends in
    /// such a noun; else null.
    /// </summary>
    public static (string Own, string Noun)? OwnNameAndNoun(string name)
    {
        var cut = name.LastIndexOf(' ');
        if (cut <= 0 || !char.IsUpper(name[0]) || name.Count(c => c == ' ') > 3) return null;
        var noun = name[(cut + 1)..].ToLowerInvariant() switch { "centre" => "center", "theatre" => "theater", var w => w };
        return VenueNouns.Contains(noun) ? (name[..cut], noun) : null;
    }

    /// <summary>
    /// One venue's two forms: the same noun, and the own words of one the same as the other's or its first words followed by
    /// one more ("Marlow" and "Marlow Grand"), ignoring case.
    /// </summary>
    public static bool SameVenue((string Own, string Noun) a, (string Own, string Noun) b)
    {
        if (a.Noun != b.Noun) return false;
        var (shorter, longer) = a.Own.Length <= b.Own.Length ? (a.Own, b.Own) : (b.Own, a.Own);
        if (string.Equals(shorter, longer, StringComparison.OrdinalIgnoreCase)) return true;
        return longer.StartsWith(shorter + " ", StringComparison.OrdinalIgnoreCase) && longer.IndexOf(' ', shorter.Length + 1) < 0;
    }

    private static bool IsLowerWord(Token t) => t.IsWord && !t.IsCapitalized;
}
