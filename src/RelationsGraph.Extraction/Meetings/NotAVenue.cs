using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>Places named near a meeting that cannot be where it is held: a region, the gathering's own name, a sea or a landform.</summary>
internal static class NotAVenue
{
    public static bool Of(Mention place) => IsRegion(place) || IsNamedGathering(place) || IsWaterOrLandform(place) || IsAnEnvoysPost(place) || IsAnEnvoysRemit(place) || OwnsTheBuilding(place) || TravelsElsewhere(place) || HomecomingTown.Of(place);

    /// <summary>The nouns of a person posted abroad, whose "in" names the post ("Moscow's ambassador in Kiev").</summary>
    private static readonly FrozenSet<string> EnvoyNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ambassador", "ambassadors", "envoy", "envoys", "commissioner", "commissioners", "consul", "consuls", "consul-general",
        "affaires", "attache", "attaché", "attaches", "attachés", "emissary", "emissaries", "nuncio", "correspondent", "correspondents",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Czechoslovakia's ambassador in Budapest", "Pakistan's High Commissioner in New Delhi", "the chargé d'affaires in Ankara": the
    /// place after an envoy's title is where the envoy is posted, not where the meeting they attend or help prepare is held
    /// (pattern: an official's post read as HELD_IN). An embassy or mission "in" a town is a building and stays a venue.
    /// </summary>
    private static bool IsAnEnvoysPost(Mention place)
    {
        var tokens = place.Sentence.Tokens;
        var k = place.TokenStart - 1;
        if (k > 0 && tokens[k].Lower == "the") k--;
        return k >= 1 && tokens[k].Lower == "in" && EnvoyNouns.Contains(tokens[k - 1].Text);
    }

    /// <summary>The nouns of an official with a remit over a country ("special representative for X", "envoy to X").</summary>
    private static readonly FrozenSet<string> RemitNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "representative", "representatives", "coordinator", "co-ordinator", "mediator", "rapporteur",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the UN special representative for Vellmar, who chaired the talks", "the EU envoy to Kaldoria": "for" or "to" after an envoy's
    /// or representative's title names the country of their remit, not where the meeting they chair or attend is held
    /// (pattern: an official's remit read as HELD_IN, like an envoy's post).
    /// </summary>
    private static bool IsAnEnvoysRemit(Mention place)
    {
        if (place.Kind != MentionKind.Country) return false;
        var tokens = place.Sentence.Tokens;
        var k = place.TokenStart - 1;
        if (k > 0 && tokens[k].Lower == "the") k--;
        return k >= 1 && tokens[k].Lower is "for" or "to" && (EnvoyNouns.Contains(tokens[k - 1].Text) || RemitNouns.Contains(tokens[k - 1].Text));
    }

    /// <summary>
    /// "the first Kaldor trip to Vellmar", "a White House visit to the region": a name right before "trip", "visit" or "journey"
    /// that is followed by "to" names who travels (a capital or seat standing for its government), not where the meeting is
    /// (pattern: a traveller's seat read as HELD_IN).
    /// </summary>
    private static bool TravelsElsewhere(Mention place)
    {
        var tokens = place.Sentence.Tokens;
        var i = place.TokenEnd;
        return i + 1 < tokens.Count && tokens[i].Lower is "trip" or "visit" or "journey" && tokens[i + 1].Lower == "to";
    }

    /// <summary>The nouns of a state's buildings abroad or at home, which a country's name before them owns.</summary>
    private static readonly FrozenSet<string> OwnedBuildingNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "embassy", "embassies", "consulate", "consulate-general", "ministry", "chancery", "legation", "residence",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "met for talks at the Ruritanian embassy", "a dinner at Freedonia's foreign ministry": a country (or its demonym, or its
    /// possessive) before up to two lower-case words and a building noun names who owns the building, not where the meeting is;
    /// the embassy stands in the host's town (pattern: an owner's name read as HELD_IN).
    /// </summary>
    private static bool OwnsTheBuilding(Mention place)
    {
        if (place.Kind != MentionKind.Country) return false;
        var tokens = place.Sentence.Tokens;
        var i = place.TokenEnd;
        if (i < tokens.Count && tokens[i].Text is "'s" or "’s") i++;
        for (var k = i; k < tokens.Count && k - i < 3; k++)
        {
            if (!tokens[k].IsWord || k > i && char.IsUpper(tokens[k].Text[0])) return false;
            if (OwnedBuildingNouns.Contains(tokens[k].Text)) return true;
        }
        return false;
    }

    /// <summary>
    /// "the Fifth Caspian Summit", "the Consultative Meeting", "the Shangri-La Dialogue": a name ending in a meeting noun
    /// names the gathering itself, never the place it is held in (pattern: a named event read as a place).
    /// </summary>
    private static bool IsNamedGathering(Mention place) =>
        place.Kind == MentionKind.Place && place.Surface.Contains(' ') && MeetingKinds.KindOf(place.Surface.Split(' ')[^1], false) is not null;

    private static readonly FrozenSet<string> WaterAndLandformWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "Sea", "Ocean", "Gulf", "Strait", "Straits", "River", "Channel", "Peninsula", "Valley", "Mountains", "Desert", "Coast", "Basin" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "talks on the Black Sea grain corridor", "a summit on the Red Sea": a sea, a strait, a valley or a mountain range is
    /// what a meeting is about or where its subject lies, not the town or venue it is held in (pattern: wrong places as HELD_IN).
    /// </summary>
    private static bool IsWaterOrLandform(Mention place) =>
        place.Kind == MentionKind.Place && (WaterAndLandformWords.Contains(place.Surface.Split(' ')[^1]) || place.Surface.StartsWith("Lake ", StringComparison.Ordinal));

    /// <summary>
    /// A region ("Northeast Asia") is known but belongs to no country: it is not where a meeting sits. A building named by its
    /// suffix ("at the Palace of Culture in Sofia", "the Hall of Nations, Vientiane", "took place at the Harbin Exhibition Centre")
    /// has no country of its own either, whether or not a town follows it or opens its name, but it is a venue, not a region
    /// (pattern: a building or open space is always a place a meeting can sit in).
    /// </summary>
    private static bool IsRegion(Mention place) =>
        place.Kind == MentionKind.Place && place.Canonical is not null && place.Iso2 is null && !VenueCity.IsVenueShaped(place);
}
