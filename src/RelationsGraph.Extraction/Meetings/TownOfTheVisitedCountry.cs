using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "A visit to Chile ... where he will hold talks in Santiago", "signed at a ceremony in Lusaka during her visit to Zambia": a visit
/// placed only in a country goes to the one town of that country the sentences telling the visit name, so it is held there
/// (and the country gives way, see <see cref="VisitedTownAlone"/>)
/// (pattern: the country of a visit and the town within it, told together; the finer place is the one a reader would give).
/// Two or more towns of that country leave the visit in the country alone: a tour of several towns has no single town.
/// </summary>
internal static class TownOfTheVisitedCountry
{
    public const string Rule = "the one town of the visited country told with the visit";

    /// <summary>The entity id of that town, or null.</summary>
    public static string? Find(Meeting meeting, IReadOnlyList<Mention> heldIn, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence, VenueCity venueCity)
    {
        if (meeting.Kind != MeetingKinds.Visit || heldIn.Count != 1 || heldIn[0] is not { Kind: MentionKind.Country, Iso2: { } iso2 }) return null;
        return OneTownOf(iso2, meeting.Mentions.Select(m => m.Sentence.Index), mentionsBySentence, venueCity);
    }

    /// <summary>The one town (no venue, no government) of the country <paramref name="iso2"/> the given sentences name, or null when they name none or several.</summary>
    internal static string? OneTownOf(string iso2, IEnumerable<int> sentenceIndices, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence, VenueCity venueCity)
    {
        string? town = null;
        foreach (var index in sentenceIndices.Distinct())
            foreach (var m in mentionsBySentence[index])
            {
                if (m is not { Kind: MentionKind.Place, EntityId: { } id, IsGovernment: false } || m.Iso2 != iso2 || venueCity.IsVenue(m) || !venueCity.IsTown(m)) continue;
                if (town is not null && town != id) return null;
                town = id;
            }
        return town;
    }
}
