using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The pact was signed in Velmora during the minister's first visit to Ruritania. The two men held talks for an hour": talks,
/// a summit or a signing that borrow a country from a visit phrase or a "since ..." clause of another sentence are held in the one
/// town of that country the sentence naming the country or the meeting's own sentences tell (pattern: a visit goes to a country, the
/// gatherings on its programme to a town; a country is given only when nothing finer is named, see CountryGivesWayToTown).
/// Two or more towns of that country leave the country alone: which one held the meeting is not told.
/// </summary>
internal static class TownOfTheCountryOfTalks
{
    public const string Rule = "the one town of the country told with a meeting placed in that country";

    /// <summary>The entity id of that town, or null.</summary>
    public static string? Find(Meeting meeting, IReadOnlyList<Mention> heldIn, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence, VenueCity venueCity)
    {
        if (meeting.Kind == MeetingKinds.Visit || meeting.Kind == MeetingKinds.PhoneCall) return null;
        if (heldIn.Count != 1 || heldIn[0] is not { Kind: MentionKind.Country, Iso2: { } iso2 }) return null;
        // A country told in the meeting's own sentence ("a second round in Switzerland") is where the reader is told it was held.
        var own = meeting.Mentions.Select(m => m.Sentence.Index).ToHashSet();
        if (own.Contains(heldIn[0].Sentence.Index)) return null;
        return TownOfTheVisitedCountry.OneTownOf(iso2, own.Append(heldIn[0].Sentence.Index), mentionsBySentence, venueCity);
    }
}
