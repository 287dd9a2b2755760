using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// The city a meeting's venue stands in, so that a meeting placed at a palace, a hall or a square is
/// held in that city too (the pattern: venue → city). The city must be one the article names: a known
/// venue's city from the knowledge ("Palazzo Chigi" is in Rome), or a place right after the venue
/// ("at Peace Square in Maputo", "the Patio de Honor of the National Palace, Mexico City").
/// </summary>
internal sealed class VenueCity(KnowledgeBase knowledge, EntityRegistry registry)
{
    // A guesthouse, chancellery, castle, villa or residence is where leaders are received as much as a palace or a hall is
    // ("talks at the Lakeside State Guesthouse", "signed at Brannock Castle"): named, it is the venue beside its town. So is a
    // temple, memorial, library or government complex a visit's programme takes in, and an organization's "headquarters".
    private static readonly string[] VenueWords =
        ["Hotel", "Palace", "House", "Hall", "Center", "Centre", "Stadium", "Park", "Square", "Office", "Room", "Mansion", "Palazzo", "Palacio", "Patio", "Building", "Buildings", "Headquarters", "Guesthouse", "Chancellery", "Castle", "Villa", "Residence", "Temple", "Memorial", "Library", "Complex", "headquarters"];

    /// <summary>A named building or open space rather than a town: known as a venue, or shaped like one.</summary>
    public bool IsVenue(Mention place) =>
        knowledge.Lookup(place.Canonical ?? place.Surface).Any(e => e.Detail == "venue") || IsVenueShaped(place);

    /// <summary>
    /// "the Kessling hotel", "the Varo state residence", "the Ostrava convention centre": news copy often sets the building
    /// word of a venue's name in lower case after the name proper. When a meeting's places are weighed (the town it was held
    /// in, plus its venue), such a name is a venue, not a second town (pattern: a named building whose kind is written in
    /// lower case). Left out of <see cref="IsVenue"/>, which also decides what is a town when references are clustered.
    /// </summary>
    public bool IsVenueOfAMeeting(Mention place) => IsVenue(place) || ClosedByALowerCaseVenueWord(place.Surface);

    /// <summary>A lower-case building word after the first word of a name ("Sosna government residence").</summary>
    public static bool ClosedByALowerCaseVenueWord(string name)
    {
        // Word by word over spans, with no strings made (this runs for every place of every meeting).
        var first = true;
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan(range);
            if (!first && word.Length > 0 && char.IsLower(word[0]))
                foreach (var venueWord in VenueWords)
                    if (word.Equals(venueWord, StringComparison.OrdinalIgnoreCase)) return true;
            first = false;
        }
        return false;
    }

    /// <summary>A name with a building or open-space word in it ("Grand Hotel", "Palace of Culture").</summary>
    public static bool IsVenueShaped(Mention place)
    {
        // Word by word over spans, as Split(' ') would cut them, with no strings made (this runs for every place of every meeting).
        foreach (var range in place.Surface.AsSpan().Split(' '))
        {
            var word = place.Surface.AsSpan(range);
            foreach (var venueWord in VenueWords)
                if (word.SequenceEqual(venueWord)) return true;
            if (BuildingWordAbroad.Is(word)) return true;
        }
        return false;
    }

    /// <summary>The entity id of the city the venue is in, when the article names that city; null otherwise.</summary>
    public string? CityOf(Mention venue, IReadOnlyList<Mention> sentenceMentions)
    {
        var known = knowledge.Venues.FirstOrDefault(v => NameKey.Of(v.Name) == NameKey.Of(venue.Canonical ?? venue.Surface));
        if (known is not null && NamedPlace(known.City) is { } city) return city;
        // "at Peace Square in Maputo": a town just after the venue, joined by "in", "of" or a comma.
        var tokens = venue.Sentence.Tokens;
        foreach (var m in sentenceMentions.Where(m => m.Kind == MentionKind.Place && m.EntityId is not null && m.TokenStart > venue.TokenEnd && m.TokenStart <= venue.TokenEnd + 8).OrderBy(m => m.TokenStart))
        {
            if (IsVenue(m)) continue;
            if (!IsTown(m)) return null;
            var joiner = tokens[m.TokenStart - 1].Text;
            return joiner is "in" or "," or "of" && tokens.Skip(venue.TokenEnd).Take(m.TokenStart - venue.TokenEnd).All(t => t.Text is not (";" or "." or "and")) ? m.EntityId : null;
        }
        return null;
    }

    public bool IsTown(Mention m) =>
        knowledge.Lookup(m.Canonical ?? m.Surface).Any(e => e.Kind is GazetteerKind.Capital || e.Kind is GazetteerKind.Place && e.Detail != "venue");

    /// <summary>
    /// A town known in its own right: a capital, a hand-listed place, or a generated city of some size, not a small generated
    /// place that shares its name with a state or an island ("California", "Trinidad" are small towns somewhere too).
    /// </summary>
    public bool IsTownInItsOwnRight(Mention m)
    {
        foreach (var e in knowledge.Lookup(m.Canonical ?? m.Surface))
        {
            if (e.Kind is GazetteerKind.Capital) return true;
            if (e.Kind is not GazetteerKind.Place || e.Detail == "venue" || e.Detail == GazetteerEntry.WorldRegion) continue;
            _generatedPopulation ??= knowledge.Cities.GroupBy(c => NameKey.Of(c.Name)).ToDictionary(g => g.Key, g => g.Max(c => c.Population));
            if (!_generatedPopulation.TryGetValue(NameKey.Of(e.Canonical), out var population) || population >= TownInItsOwnRightPopulation) return true;
        }
        return false;
    }

    private const int TownInItsOwnRightPopulation = 100_000;
    private Dictionary<string, int>? _generatedPopulation;

    private string? NamedPlace(string name) =>
        registry.All.FirstOrDefault(e => e.Type == "Place" && e.Aliases.Any(a => NameKey.Of(a) == NameKey.Of(name)))?.Id;
}
