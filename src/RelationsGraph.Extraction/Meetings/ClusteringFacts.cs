using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// What the earlier stages know of the story that <see cref="MeetingClusterer"/> weighs when it joins or separates references:
/// one value, so a new fact is a new property here rather than one more optional parameter of every call.
/// </summary>
/// <param name="CountryOf">Person id → the country they serve, when known.</param>
/// <param name="StoryYear">The year the article reports on, when known: references dated well before it recall earlier events.</param>
/// <param name="Published">The story's date, when known: references dated months away from it tell other events.</param>
/// <param name="PlaceCountry">Place or country id → the country it lies in, when known.</param>
/// <param name="IsTown">Whether a place mention is a town rather than a venue or a region.</param>
/// <param name="Pair">The story's pair, for references to "the two leaders" (null when the text has none).</param>
/// <param name="DatelineTown">The town of the dateline, when there is one.</param>
internal sealed record ClusteringFacts(
    Func<string, string?> CountryOf,
    int? StoryYear,
    DateOnly? Published,
    Func<string, string?> PlaceCountry,
    Func<Mention, bool> IsTown,
    StoryPair? Pair,
    string? DatelineTown);
