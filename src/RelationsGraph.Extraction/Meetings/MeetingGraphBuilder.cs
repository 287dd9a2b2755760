using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Model;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// Makes Meeting entities with stable ids (see <see cref="MeetingIdentity"/>) and their ATTENDED
/// and HELD_IN relationships.
/// </summary>
internal sealed class MeetingGraphBuilder(EntityRegistry registry, RelationshipSet relationships, IReadOnlyList<PersonName> people,
    VenueCity? venueCity = null, IReadOnlyList<IReadOnlyList<Mention>>? mentionsBySentence = null)
{
    public void Build(IReadOnlyList<Meeting> meetings, DatelineVenue? datelineVenue = null)
    {
        var placedByDateline = datelineVenue?.Unplaced(meetings, mentionsBySentence) ?? new HashSet<Meeting>();
        var leadVenueMeeting = LeadVenue.StoryMeeting(placedByDateline);
        foreach (var meeting in meetings)
        {
            if (meeting.NotKeptBecause is not null) continue;
            var attendees = meeting.Participants.Where(p => !meeting.Absent.Contains(p.Key) && registry.Contains(p.Key)).ToList();
            if (attendees.Count == 0 && meeting.Organization is null && !KeptWithNoOneNamed(meeting)) continue;
            var heldIn = WhereHeld(meeting, venueCity is null ? IsVenue : venueCity.IsVenueOfAMeeting);
            var visitTown = VisitTownOfVenue(meeting, heldIn, datelineVenue);
            if (visitTown is not null) heldIn = meeting.Places.Where(p => p.EntityId is not null && p.Kind == MentionKind.Country).Take(1).ToList();
            var place = heldIn.FirstOrDefault();
            var placeName = visitTown is not null ? registry.Get(visitTown)!.Name : place is null ? null : registry.Get(place.EntityId!)!.Name;
            var datelinePlaceId = place is null && placedByDateline.Contains(meeting) ? DatelinePlace(datelineVenue!) : null;
            if (datelinePlaceId is not null) placeName = registry.Get(datelinePlaceId)!.Name;
            // A meeting placed only by the setting of the sentence before keeps the name and identity of its town.
            var settingTown = place is not null && visitTown is null && meeting.PlaceRules.GetValueOrDefault(place) == VenueOfTheSentenceBefore.Rule
                ? TownOfTheSetting(meeting, place, datelineVenue) : null;
            if (settingTown is not null) placeName = registry.Get(settingTown)!.Name;
            var names = Labels(attendees.Select(a => people.First(p => p.Id == a.Key)).ToList());

            var entity = new ExtractedEntity
            {
                Id = UniqueId(MeetingIdentity.For(meeting, meeting.Organization?.EntityId, visitTown ?? settingTown ?? place?.EntityId ?? datelinePlaceId, attendees.Select(a => a.Key))),
                Type = "Meeting", Kind = meeting.Kind, Date = meeting.Date, Place = placeName,
                Status = meeting.Held ? "held" : "planned", Mentions = meeting.Mentions.Count,
            };
            entity.Name = NameFor(meeting, placeName, names);
            if (meeting.Organization is { } org)
                foreach (var alias in registry.Get(org.EntityId ?? "")?.Aliases ?? [org.Surface])
                    EntityRegistry.AddAlias(entity, $"{alias} {KindLabel(meeting.Kind)}");
            EntityRegistry.AddAlias(entity, entity.Name);
            registry.Add(entity);
            meeting.Id = entity.Id;

            var confidence = meeting.Held ? 0.85 : 0.6;
            foreach (var (personId, role) in attendees)
                relationships.Add("ATTENDED", personId, entity.Id, meeting.ParticipantEvidence[personId].Text, confidence, role,
                    meeting.ParticipantRules.GetValueOrDefault(personId) ?? $"participant near the meeting reference ({role})");
            var narrowed = datelineVenue is not null && datelineVenue.NarrowsCountry(meeting, heldIn);
            var venueAlone = heldIn.Count > 0 && venueCity is not null && heldIn.All(venueCity.IsVenueOfAMeeting) && VenueAlone.Tells(meeting) && !heldIn.Any(UnnamedSeatOfOffice.Is);
            var town = !narrowed && visitTown is null && venueCity is not null && mentionsBySentence is not null
                ? TownOfTheVisitedCountry.Find(meeting, heldIn, mentionsBySentence, venueCity) : null;
            var talksTown = !narrowed && visitTown is null && town is null && venueCity is not null && mentionsBySentence is not null
                ? TownOfTheCountryOfTalks.Find(meeting, heldIn, mentionsBySentence, venueCity) : null;
            foreach (var p in heldIn.Where(p => !((narrowed || talksTown is not null) && CountryGivesWayToTown.Applies(meeting)) &&
                                                !((narrowed || town is not null) && CountedVisit.OnlyCounted(meeting, p)) &&
                                                !VisitedTownAlone.Drops(meeting, town)))
                relationships.Add("HELD_IN", entity.Id, p.EntityId!, p.Sentence.Text, 0.8,
                    rule: (meeting.PlaceRules.GetValueOrDefault(p) ?? meeting.PlaceRule ?? "place after a locative near the meeting") + (venueAlone ? $"; {(WelcomeCeremony.Of(meeting) ? WelcomeCeremony.Rule : VenueAlone.Rule)}" : ""));
            if (venueCity is not null && mentionsBySentence is not null && heldIn.LastOrDefault(venueCity.IsVenueOfAMeeting) is { } room &&
                EnclosingVenue.Of(room, mentionsBySentence[room.Sentence.Index], venueCity.IsVenueOfAMeeting) is { } building && heldIn.All(p => p.EntityId != building.EntityId))
                relationships.Add("HELD_IN", entity.Id, building.EntityId!, room.Sentence.Text, 0.8, rule: EnclosingVenue.Rule);
            if (venueCity is not null && mentionsBySentence is not null && SiteCity.Of(heldIn, venueCity, mentionsBySentence) is { } siteTown)
                relationships.Add("HELD_IN", entity.Id, siteTown, heldIn[0].Sentence.Text, 0.7, rule: SiteCity.Rule);
            if (heldIn.Count > 0 && venueCity is not null && heldIn.All(venueCity.IsVenueOfAMeeting) && mentionsBySentence is not null && !venueAlone)
            {
                if (venueCity.CityOf(heldIn[0], mentionsBySentence[heldIn[0].Sentence.Index]) is { } city)
                    relationships.Add("HELD_IN", entity.Id, city, heldIn[0].Sentence.Text, 0.7, rule: "the city the venue stands in");
                // A reception, ceremony or speech at a named venue is told by the venue alone; talks and signings by their town too.
                // An unnamed seat ("the presidential palace") says nothing of where it stands: its town is told whatever the gathering.
                else if (datelineVenue is not null && (!meeting.IsCeremonial || UnnamedSeatOfOffice.Is(heldIn[0])) && datelineVenue.HoldsVenueOf(meeting, heldIn[0]))
                    relationships.Add("HELD_IN", entity.Id, DatelinePlace(datelineVenue), heldIn[0].Sentence.Text, 0.6, rule: "a current meeting's venue is in the dateline city");
            }
            if (mentionsBySentence is not null)
                foreach (var campus in InstitutionVenueOfTheMeeting.Of(meeting, mentionsBySentence))
                    if (heldIn.All(p => p.EntityId != campus.EntityId))
                        relationships.Add("HELD_IN", entity.Id, campus.EntityId!, campus.Sentence.Text, 0.7, rule: InstitutionVenueOfTheMeeting.Rule);
            if (narrowed)
                relationships.Add("HELD_IN", entity.Id, DatelinePlace(datelineVenue!), heldIn[0].Sentence.Text, 0.6,
                    rule: CountryGivesWayToTown.Applies(meeting) ? $"the dateline city within the country named; {CountryGivesWayToTown.Rule}" : "the dateline city within the country named");
            if (visitTown is not null)
                relationships.Add("HELD_IN", entity.Id, visitTown, meeting.Places.First(p => p.EntityId is not null).Sentence.Text, 0.7, rule: VisitVenue.TownOfVenueRule);
            if (town is not null)
                relationships.Add("HELD_IN", entity.Id, town, heldIn[0].Sentence.Text, 0.6, rule: $"{TownOfTheVisitedCountry.Rule}; {VisitedTownAlone.Rule}");
            if (talksTown is not null)
                relationships.Add("HELD_IN", entity.Id, talksTown, heldIn[0].Sentence.Text, 0.6, rule: $"{TownOfTheCountryOfTalks.Rule}; {CountryGivesWayToTown.Rule}");
            if (datelinePlaceId is not null)
                relationships.Add("HELD_IN", entity.Id, datelinePlaceId, meeting.Mentions[0].Sentence.Text, 0.6, rule: meeting.Mentions.Any(HereAfterTheMeeting.Of) ? HereAfterTheMeeting.Rule : meeting.Held ? "dateline city of a current meeting" : DatelineVenue.DueStopRule);
            if (datelinePlaceId is not null && meeting == leadVenueMeeting && venueCity is not null && mentionsBySentence is not null &&
                LeadVenue.Of(meetings, mentionsBySentence, venueCity.IsVenueOfAMeeting, v => datelineVenue!.HoldsVenueOf(meeting, v)) is { } leadVenue)
                relationships.Add("HELD_IN", entity.Id, leadVenue.EntityId!, leadVenue.Sentence.Text, 0.6, rule: LeadVenue.Rule);
        }
    }

    /// <summary>
    /// The city or area it was held in (a country only when nothing finer is named), plus the
    /// venue when one is named too ("Grand Palace Hotel" and "Lima").
    /// </summary>
    private static List<Mention> WhereHeld(Meeting meeting, Func<Mention, bool> isVenue)
    {
        if (meeting.Kind == MeetingKinds.PhoneCall) return []; // a call joins two places; it is held in neither
        var located = meeting.Places.Where(p => p.EntityId is not null).ToList();
        // A place only a planned or recalled reference gave is that other occasion's (see PlaceOfAnotherTime).
        var otherTime = PlaceOfAnotherTime.Keys(meeting);
        if (otherTime.Count > 0) located = located.Where(p => !otherTime.Contains(PlaceOfAnotherTime.Key(p))).ToList();
        // A place ending another leg of the journey gives way to any other town or venue (see AnotherLegsPlace).
        if (located.Any(p => p.Kind == MentionKind.Place && !meeting.PlacesOfAnotherLeg.Contains(p)))
            located = located.Where(p => !meeting.PlacesOfAnotherLeg.Contains(p)).ToList();
        var primary = located.FirstOrDefault(p => p.Kind == MentionKind.Place && !isVenue(p))
                      ?? located.FirstOrDefault(p => p.Kind == MentionKind.Place) ?? located.FirstOrDefault();
        if (primary is null) return [];
        var result = new List<Mention> { primary };
        if (!isVenue(primary) && located.FirstOrDefault(isVenue) is { } venue) result.Add(venue);
        return result;
    }

    /// <summary>
    /// The town of a venue a meeting took from the sentence before (see <see cref="VenueOfTheSentenceBefore"/>): the city the
    /// venue stands in, or the dateline city that holds it. Null when neither is known.
    /// </summary>
    private string? TownOfTheSetting(Meeting meeting, Mention venue, DatelineVenue? datelineVenue)
    {
        if (venueCity is null || mentionsBySentence is null) return null;
        if (venueCity.CityOf(venue, mentionsBySentence[venue.Sentence.Index]) is { } city) return city;
        return datelineVenue is not null && datelineVenue.HoldsVenueOf(meeting, venue) ? DatelinePlace(datelineVenue) : null;
    }

    /// <summary>
    /// A visit to a country placed only at a palace, hall or square on its programme ("a state visit to Peru" with "talks at the
    /// Government Palace"): the town that venue stands in (named after it, or the dateline city for a current visit to the
    /// dateline's country). A visit told as going to the venue itself ("a visit to the White House") names no country and keeps it.
    /// Null when the visit has a town, or none can be found.
    /// </summary>
    private string? VisitTownOfVenue(Meeting meeting, IReadOnlyList<Mention> heldIn, DatelineVenue? datelineVenue)
    {
        if (meeting.Kind != MeetingKinds.Visit || venueCity is null || heldIn.Count == 0 || !heldIn.All(venueCity.IsVenueOfAMeeting)) return null;
        if (!meeting.Places.Any(p => p.EntityId is not null && p.Kind == MentionKind.Country)) return null;
        var venue = heldIn[0];
        if (mentionsBySentence is not null && venueCity.CityOf(venue, mentionsBySentence[venue.Sentence.Index]) is { } city) return city;
        return datelineVenue is not null && datelineVenue.HoldsVenueOf(meeting, venue) ? DatelinePlace(datelineVenue) : null;
    }

    /// <summary>
    /// A gathering that names no one and no organization is kept only when the text still pins it down as an event: dated and
    /// placed (a place told only as its host, "which X hosted this week", locates it but does not make it one); a plan placed
    /// somewhere ("a joint committee is to meet in X", see MeetingClusterer); a placed look back of an undated story ("experts
    /// met in X last year", see UndatedLookBack); a conference told with its own place (see ConferenceApart); or the following
    /// edition of a series, but not "will meet again" alone, which names no series, no one and no venue (see MeetAgain), nor
    /// the next round of talks told with no one, no date and no venue (see NextRoundOfTalks); the story's summit told first
    /// with its town and gone on about later (see StorySummitFirst); a ceremony that "took place at" a town or venue of its own (see CeremonyTookPlaceAt).
    /// </summary>
    private static bool KeptWithNoOneNamed(Meeting meeting)
    {
        var placed = meeting.Places.Count > 0;
        var placedByMoreThanItsHost = placed && !OnlyHostPlaces(meeting);
        return meeting.Date is not null && placedByMoreThanItsHost ||
               NextEdition.Told(meeting) && !meeting.Mentions.All(MeetAgain.Of) && !NextRoundOfTalks.Bare(meeting) ||
               meeting is { Held: false } && placedByMoreThanItsHost ||
               placed && meeting.Mentions.All(UndatedLookBack.Of) ||
               placedByMoreThanItsHost && meeting.Mentions.Any(ConferenceApart.PlacedOnItsOwn) ||
               meeting.Held && !meeting.Recalled && meeting.Mentions.Any(NamelessSigningCeremony.Of) ||
               meeting.Held && !meeting.Recalled && meeting.Mentions.Any(CeremonyTookPlaceAt.Of) ||
               placedByMoreThanItsHost && meeting.Held && meeting.Mentions.Any(x => x.Notes.Contains(StorySummitFirst.Note));
    }

    private static bool OnlyHostPlaces(Meeting meeting) => meeting.Mentions.All(m => m.Places.Count == 0 || m.HostPlaces is { } h && m.Places.All(h.Contains));

    private static bool IsVenue(Mention p) =>
        p.Surface.Split(' ')[^1] is "Hotel" or "Palace" or "House" or "Hall" or "Center" or "Centre" or "Stadium" or "Park" or "Square";

    /// <summary>The dateline city's entity, made when the text never names it.</summary>
    private string DatelinePlace(DatelineVenue venue)
    {
        var named = registry.All.FirstOrDefault(e => e.Type == "Place" && e.Aliases.Any(a => NameKey.Of(a) == NameKey.Of(venue.Name)));
        return named?.Id ?? registry.Mention(venue.PlaceId, "Place", venue.Name, null).Id;
    }

    private string UniqueId(string id)
    {
        var unique = id;
        for (var n = 2; registry.Contains(unique); n++) unique = $"{id}-{n}";
        return unique;
    }

    /// <summary>
    /// Each attendee's family name, as news labels a meeting ("Macron–Scholz talks"); attendees who share one (the leaders of
    /// the two Koreas, a prime minister and a spouse) are told apart by their full names.
    /// </summary>
    private static List<string> Labels(IReadOnlyList<PersonName> attendees)
    {
        var family = attendees.Select(EntityCollector.FamilyName).ToList();
        return family.Select((name, i) => family.Count(other => other == name) > 1 ? attendees[i].Display : name).ToList();
    }

    private static string NameFor(Meeting meeting, string? place, List<string> names)
    {
        var label = KindLabel(meeting.Kind);
        if (meeting.Organization is { } org) return $"{org.Surface} {label}";
        var who = names.Count is > 0 and <= 3 ? string.Join("–", names) + " " : "";
        return place is null ? $"{who}{label}" : $"{who}{label} in {place}";
    }

    private static string KindLabel(string kind) => kind switch
    {
        MeetingKinds.PhoneCall => "phone call",
        _ => kind,
    };
}
