using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "gave a speech at Tarvel University", "held talks at the Mossgrave Academy", "met at the Presidential Office":
/// a university, academy, institute or office whose name is where a meeting, speech or ceremony takes place is named as the
/// venue, a place, not as a body that acts (pattern: an institution's campus or building after "at"/"in" governed by a
/// word of a gathering). One such mention makes the name a place for the whole article, since news keeps one name for one
/// thing; a body only spoken of ("a lecturer at Tarvel University") stays an organization.
/// </summary>
internal static class InstitutionAsVenue
{
    public const string Rule = "institution's name where a gathering takes place (venue)";

    /// <summary>Last words of institutions that have a campus or building where leaders meet or speak.</summary>
    private static readonly FrozenSet<string> CampusSuffixes = new HashSet<string>(StringComparer.Ordinal)
    {
        "University", "College", "Academy", "Institute", "School", "Office",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of a gathering or of an act done at one (talks, a speech, a signing, a reception).</summary>
    internal static readonly FrozenSet<string> GatheringWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "talks", "met", "meet", "meets", "meeting", "meetings", "summit", "speech", "address", "addressed", "addresses", "spoke",
        "lecture", "ceremony", "signed", "signing", "held", "hosted", "received", "welcomed", "dinner", "banquet", "luncheon",
        "reception", "conference", "forum", "negotiations", "gathered", "seated", "format", "formats", "call", "convened",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How far before the preposition the word of a gathering may stand.</summary>
    private const int Reach = 8;

    /// <summary>The article's mentions, with every organization mention of a name found in a venue position read as a place.</summary>
    public static List<IReadOnlyList<Mention>> Apply(List<IReadOnlyList<Mention>> bySentence)
    {
        HashSet<string>? venues = null;
        foreach (var mentions in bySentence)
            foreach (var m in mentions)
                if (m.Kind == MentionKind.Organization && m.OrganizationKind is null && EndsInCampusSuffix(m.Surface) && InVenuePosition(m))
                    (venues ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.Surface);
        if (venues is null) return bySentence;
        return bySentence.Select(mentions => mentions.Any(m => IsVenue(m, venues))
            ? (IReadOnlyList<Mention>)mentions.Select(m => IsVenue(m, venues) ? AsPlace(m) : m).ToList()
            : mentions).ToList();
    }

    private static bool IsVenue(Mention m, HashSet<string> venues) =>
        m.Kind == MentionKind.Organization && m.OrganizationKind is null && venues.Contains(m.Surface);

    private static bool EndsInCampusSuffix(string surface)
    {
        var cut = surface.LastIndexOf(' ');
        if (cut > 0 && CampusSuffixes.Contains(surface[(cut + 1)..])) return true;
        // "University of Yallow", "Institute of Coastal Affairs": the institution's word opens the name.
        var first = cut > 0 ? surface[..surface.IndexOf(' ')] : surface;
        return cut > 0 && CampusSuffixes.Contains(first) && first != "Office" && surface.Contains(" of ", StringComparison.Ordinal);
    }

    /// <summary>"at [the] NAME" or "on the campus of NAME", with a word of a gathering shortly before.</summary>
    private static bool InVenuePosition(Mention m)
    {
        var tokens = m.Sentence.Tokens;
        var i = m.TokenStart - 1;
        if (i >= 0 && tokens[i].Lower == "the") i--;
        if (i < 0) return false;
        if (tokens[i].Lower == "of" && i >= 1 && tokens[i - 1].Lower is "campus" or "grounds") i -= 2;
        else if (tokens[i].Lower is not ("at" or "in")) return false;
        for (var k = i - 1; k >= 0 && k >= i - Reach; k--)
        {
            if (tokens[k].Text is ";" or ":" or "." ) break;
            if (GatheringWords.Contains(tokens[k].Lower)) return true;
        }
        return false;
    }

    private static Mention AsPlace(Mention m) => new()
    {
        Kind = MentionKind.Place, Sentence = m.Sentence, TokenStart = m.TokenStart, TokenEnd = m.TokenEnd, Surface = m.Surface,
        // The canonical form is kept, so the meeting stage (NotAVenue reads a canonical place with no country as a region) does not
        // take the institution as a meeting's venue: tried, it split meetings whose other reports name the host city (venue vs city).
        Canonical = m.Canonical, Rule = Rule,
    };
}
