using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// Groups the meeting references of an article into meetings. A grouping's summit ("G7 summit")
/// is one meeting per date; other references join the meeting they are compatible with (same
/// kind group, compatible date and place, no crowd of new people), preferring the one most talked
/// about, and start a new meeting only when they carry something of their own: people, or a date and a place.
/// </summary>
internal static class MeetingClusterer
{
    public static List<Meeting> Cluster(IEnumerable<MeetingMention> mentions, ClusteringFacts facts)
    {
        var (countryOf, storyYear, published, placeCountry, isTown, storyPair, datelineTown) = facts;
        var meetings = new List<Meeting>();
        var all = mentions.ToList();
        // The latest reference dropped for naming nobody ("talks in Jeddah began on Tuesday"): people told at it later start it.
        MeetingMention? untold = null;
        var crowdedSentences = all.GroupBy(x => x.Sentence.Index).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var placeOnly = new List<MeetingMention>(); // references dropped for naming nobody that still tell a venue
        // Attendance told before any gathering it could join; a roll may run over several sentences ("A, B and C attended.
        // D and E were also present."), so every one waits, not only the latest.
        var waiting = new List<(MeetingMention Mention, Dictionary<string, string> People)>();
        // "X, whose government hosted other talks in Doha, attended as a witness": the role clause's person, kept for the main verb's gathering.
        (int Sentence, Dictionary<string, string> People)? roleHolder = null;

        foreach (var m in all)
        {
            var participants = new Dictionary<string, string>(m.Participants);
            if (m.RefersToGroup && !m.IsEditionAhead())
            {
                var main = MainMeeting(meetings, m);
                // "The two presidents last met in August": when the pair's encounter the group words would point at was told long
                // before, or none was and the story has no encounter of its own pair yet, the story's own pair (see StoryPair).
                // Attending or signing joins the gathering under discussion, which the old reading already finds.
                if (main is null && SequencedWithSigning.PrincipalsOfTheSigning(meetings, m, countryOf) is { } principals)
                {
                    foreach (var id in principals) participants.TryAdd(id, "participant");
                    m.Notes.Add(SequencedWithSigning.PrincipalsNote);
                }
                // A gathering of the pair with others (spouses, ministers) is not their own encounter told before (see PairOnItsOwn).
                else if (storyPair?.For(m) is { } pair && !m.Attendance && !m.Signing &&
                    (main is null ? !meetings.Any(x => PairOnItsOwn.Told(x, pair) || ToldJustBefore(x, m)) : !ToldJustBefore(main, m)) &&
                    m.Participants.Keys.All(pair.Contains))
                {
                    foreach (var id in pair) participants.TryAdd(id, "participant");
                    m.Notes.Add($"{StoryPair.Note}: {string.Join(", ", pair)}");
                }
                else if (main is not null && !GroupingLeaders.OtherThan(m, main, all, meetings))
                    foreach (var id in main.Participants.Keys) participants.TryAdd(id, "participant");
                else if (main is not null)
                    m.Notes.Add(GroupingLeaders.Note);
            }

            // "Parties to meet again in X" in a headline: "again" counts on from a gathering the story has not told yet; naming
            // no one, it is only the preview of the plan the account tells later (see MeetAgain).
            if (MeetAgain.Of(m) && participants.Count == 0 && !meetings.Any(x => x.Held && !x.Recalled)) continue;

            Meeting? target;
            if (m.Ellipsis)
            {
                // "So did X": the meeting the previous sentence's last reference went to, and nothing else.
                target = meetings.LastOrDefault(x => x.Mentions.Any(y => y.Sentence.Index == m.Sentence.Index - 1));
                if (target is null) continue;
                target.Absorb(m, participants);
                continue;
            }
            if (m.Recalled)
            {
                // An earlier event recalled for comparison stands apart from the one reported.
                if (participants.Count == 0 && (m.Date?.Value is null || m.Places.Count == 0)) continue;
                // "last met in Lima, where they held a trilateral meeting": two references of one sentence to the same recalled encounter.
                var recalled = m.Organization is null
                    ? meetings.LastOrDefault(x => x.Recalled && x.Organization is null && x.Mentions.Any(y => y.Sentence.Index == m.Sentence.Index) &&
                                                  Meeting.DatesCompatible(x.Date, m.Date?.Value))
                    : null;
                if (recalled is null)
                {
                    recalled = new Meeting { Recalled = true };
                    meetings.Add(recalled);
                }
                recalled.Absorb(m, participants);
                continue;
            }
            // Signing with no place or date of its own happens at the gathering under discussion ("the ministers also signed ...").
            // Being present at something needs a room: "X was present" never joins a phone call.
            var candidates = meetings.Where(x => !x.Recalled && (!x.IsCeremonial || x.Organization is not null) && !(m.Attendance && IsRemote(x.Kind)));
            // "Clinton, who flew in after talks with X, spoke. Y and Z also attended": a gathering told only as a side note about a
            // person is not the one under discussion, which an objectless attendance joins.
            var current = (m.Attendance ? StoryTime.CurrentFirst(candidates, m, storyYear, x => !AsideOnly(x)) : null) ?? StoryTime.CurrentFirst(candidates, m, storyYear);
            // A signing needs its people in one room: it never joins a phone call, however the delegations match.
            var joinsCurrent = !PastPerfectRecall.Of(m) && (m.Attendance || m.Signing && m.Places.Count == 0 && current is not null && !IsRemote(current.Kind) &&
                               SameDelegations(current, participants.Keys, countryOf) && !SigningWithinVisit.BySignersNewTo(current, m, participants.Keys) &&
                               !SequencedWithSigning.KeepsApart(current, m) && !DayWordApart.KeepsApart(current, m) &&
                               !MonthApartFromTheWeek.KeepsApart(current, m, published));
            // In an undated story, a signing told in a written year is not more of the gathering told in the present (see UndatedPresentAndNamedYear).
            // "are due to arrive on Sunday": the day of an arrival is not the gathering's own (see PlannedArrival).
            if (joinsCurrent && m.Organization is null && (m.Date?.Value is null || m.AttendedAct is not null || PlannedArrival.IsAt(m.Sentence.Tokens, m.TokenStart)) &&
                !(m.Date?.Value is not null && current is not null && UndatedPresentAndNamedYear.KeepsApart(current, m, published)))
            {
                // "X and Y were among those attending": the gathering the article was just describing,
                // a grouping's summit first ("Russia was represented by ..." after a side meeting at the G20).
                // "X and Y watched the handover" before any account of it: the witnesses are the first people told at that act,
                // unless the sentence tells other events too ("held talks, watched the signing and stood beside ...").
                // Within a grouping's summit already told, witnessing a signing is part of that summit, as before.
                // "... talks that also covered next week's G20 summit. X was also present": a presence told as done joins no
                // grouping's summit told only as coming (pattern: tense agreement of an attendance and its gathering).
                var startsAct = m.AttendedAct is not null && participants.Count > 0 && !crowdedSentences.Contains(m.Sentence.Index) &&
                                !meetings.Any(x => x.Organization is not null && x.Held && !x.Recalled);
                var ofTheSentence = GatheringOfTheSentence.For(meetings, m);
                if (ofTheSentence is not null) m.Notes.Add(GatheringOfTheSentence.Note);
                else if (AttendedSitting.Of(m) && (LatestGroupingSummit(meetings, m, storyYear) ?? LatestSummit(meetings, m, storyYear)) is { } sitting)
                {
                    // "who attended the official sessions": the summit under discussion, kept as surely as the sentence's own gathering.
                    ofTheSentence = sitting;
                    m.Notes.Add(AttendedSitting.Note);
                }
                var atTheAct = ofTheSentence is null ? PresenceAtTheAct.For(meetings, all, m, storyYear) : null;
                if (atTheAct is not null) m.Notes.Add(PresenceAtTheAct.Note);
                else if (ofTheSentence is null && OnlookersOfTheSigning.For(meetings, all, m, storyYear) is { } lookedOn)
                {
                    atTheAct = lookedOn;
                    m.Notes.Add(OnlookersOfTheSigning.Note);
                }
                var journey = ofTheSentence is null ? AccompaniesSomeone.JourneyOf(meetings, m) : null;
                target = ofTheSentence ?? journey ?? atTheAct ?? (m.AttendedAct is not null ? LatestAct(meetings, m) : null) ??
                         (startsAct ? null : m.Attendance && current is not null && LaterSigning(current, meetings) ? current : m.Attendance ? meetings.LastOrDefault(x => x.Organization is not null && !x.Recalled && (x.Held || m.Planned) && !(StoryTime.Present(m, storyYear) && StoryTime.IsEarlier(x, storyYear)) && !SummitLeftBehind.Applies(x, current) &&
                                                                         !OtherEdition.KeepsApart(x, m, storyYear)) ?? current : current);
                if (target is not null && ofTheSentence is null && atTheAct is null && journey is null && m.Attendance && m.AttendedAct is null &&
                    SameDayAttendance.Instead(candidates, target, m) is { } ofTheDay)
                {
                    target = ofTheDay;
                    m.Notes.Add(SameDayAttendance.Note);
                }
                if (target is not null && ofTheSentence is null && PlannedArrival.Instead(meetings, target, m, published) is { } coming)
                {
                    target = coming;
                    m.Notes.Add(PlannedArrival.Note);
                }
                if (target is not null && ofTheSentence is null && m.Attendance && StoryTime.AttendanceOfAnotherYear(target, m, storyYear))
                {
                    // The latest gathering of the story's time told so far, a ceremony too, else the one told without people.
                    target = meetings.LastOrDefault(x => !x.Recalled && x.Held && !StoryTime.IsEarlier(x, storyYear) && !IsRemote(x.Kind));
                    m.Notes.Add(StoryTime.AnotherYearNote);
                }
                if (target is null && !startsAct && untold is not null && participants.Count > 0 && m.AttendedAct is null)
                {
                    // "Talks opened in Jeddah on Tuesday. X led the American side": the attendance names the people of a gathering told without them.
                    // "... Y came too": a further attendance joins the meeting the first one made of it, never a second copy.
                    target = meetings.FirstOrDefault(x => x.Mentions.Contains(untold));
                    if (target is null)
                    {
                        target = new Meeting();
                        meetings.Add(target);
                        target.Absorb(untold, new Dictionary<string, string>());
                    }
                    m.Notes.Add("people of a gathering told earlier without them");
                }
                if (target is null && !startsAct && participants.Count > 0 && CeremonyOfTheStory.For(meetings, all, m, storyYear) is { } ceremony)
                {
                    target = ceremony;
                    m.Notes.Add(CeremonyOfTheStory.Note);
                }
                if (target is null && !startsAct)
                {
                    // "Behind them sat X and Y, who made the ceremony possible": the gathering is named later in the sentence.
                    if (participants.Count > 0) waiting.Add((m, participants));
                    continue;
                }
            }
            else if (m.Organization is not null)
            {
                var org = NameKey.Of(m.Organization.Canonical ?? m.Organization.Surface);
                target = meetings.FirstOrDefault(x => x.Organization is not null &&
                                                      NameKey.Of(x.Organization.Canonical ?? x.Organization.Surface) == org &&
                                                      Meeting.DatesCompatible(x.DateOrAssumedYear, m.DateOrAssumedYear) &&
                                                      !IsAnotherEdition(x, m) && !OtherEdition.KeepsApart(x, m, storyYear) &&
                                                      !OtherKindOfTheGrouping.KeepsApart(x, m));
                if (target is null && UnnamedSummitNamed(meetings, m) is { } lead)
                {
                    target = lead;
                    m.Notes.Add("names the lead's summit told without a grouping");
                }
            }
            else if (m is { Definite: true, Places.Count: 0, Signing: false } && (m.Kind == MeetingKinds.Ceremony || IsSigningCeremonyNoun(m)) &&
                     LatestSigning(meetings, m) is { } signing)
            {
                // "X, who hosted the ceremony" after the leaders signed: the ceremony is that signing, even when the sentence's
                // own "signed" made the noun a signing ("A, who hosted the ceremony, B and C signed as witnesses"): its people
                // are at the signing told, not at one of their own (pattern: the definite ceremony points back).
                target = signing;
            }
            else if (SpeechAtTheCeremony.Of(m) && LatestSigning(meetings, m) is { Held: true } signingSpokenAt)
            {
                target = signingSpokenAt;
                m.Notes.Add(SpeechAtTheCeremony.Note);
            }
            else if (SpeechAtTheCeremony.AtAnUntoldSigning(m) && LatestSigning(meetings, m) is null)
            {
                // The speech is the signing ceremony's first account: a signing of its own, which later references of it join.
                m.Kind = MeetingKinds.Signing;
                m.Notes.Add(SpeechAtTheCeremony.UntoldNote);
                target = null;
            }
            else if (PlacedCeremonyOfTheSigning.For(meetings, m, isTown) is { } placedSigning)
            {
                target = placedSigning;
                m.Notes.Add(PlacedCeremonyOfTheSigning.Note);
            }
            else if (HostedGatheringNoun.IsAt(m) && current is { Kind: MeetingKinds.Summit or MeetingKinds.Conference } hostedGathering)
            {
                // "X, who hosted the meeting, said": the gathering under discussion, when that is a summit or conference.
                target = hostedGathering;
                m.Notes.Add(HostedGatheringNoun.Note);
            }
            else if (MeetingNounOfTheSummit.For(meetings, m) is { } summitRetold)
            {
                target = summitRetold;
                m.Notes.Add(MeetingNounOfTheSummit.Note);
            }
            else if (TripToTheSummit.For(meetings, m) is { } travelledTo)
            {
                target = travelledTo;
                m.Notes.Add(TripToTheSummit.Note);
            }
            else if (((m.Definite || m.AddressesAudience) && m.Places.Count == 0 || SittingAtItsVenue.Of(m, isTown)) && (m.Kind == MeetingKinds.Summit || IsPartOfAGathering(m)) &&
                     (LatestGroupingSummit(meetings, m, storyYear) ?? (IsPartOfAGathering(m) || m.Definite && m.Kind == MeetingKinds.Summit ? LatestSummit(meetings, m, storyYear) : null)) is { } grouping)
            {
                // "The Rwandan president opened the session": a session or plenary is part of the grouping's gathering under discussion.
                // "X told the closing session": addressing a sitting names it as surely as "the" does.
                // "the summit" / "the gathering" after a grouping's summit was named: that summit; "During the summit, X held talks
                // with Y" after a summit no grouping names: the latest summit held (pattern: a definite noun points back to its kind).
                target = grouping;
                if (grouping.Organization is null) m.Notes.Add("a sitting of the summit under discussion");
                if (m.Places.Count > 0) m.Notes.Add(SittingAtItsVenue.Note);
            }
            else if (OtherEdition.SameSummitPlaced(meetings, m, participants.Count, storyYear) is { } named)
            {
                target = named;
                m.Notes.Add(OtherEdition.SameSummitNote);
            }
            else if (m.RoleOfPerson)
            {
                // "X, who hosted the talks, signed as guarantor": the people are at the signing or gathering under discussion;
                // "whose government hosted parallel talks in Doha" names another process, so it starts nothing.
                target = m.Definite && m.Places.Count == 0 ? LatestSigning(meetings, m) ?? current : null;
                if (target is null)
                {
                    roleHolder = (m.Sentence.Index, participants);
                    continue;
                }
                m.Notes.Add("a person's role clause: the gathering under discussion");
            }
            else
            {
                // "After days of talks that began on 25 October, X signed": a dated time anchor naming no one does not date a gathering
                // ("after the talks, the documents were signed" still points back at the talks told).
                if (m.Speculative || m.TimeAnchor && participants.Count == 0 && m.Date?.Value is not null) continue;
                // The compatible meeting sharing most people, then dated like the reference, then most told, then latest: one pass, no sort.
                target = null;
                var best = (Shared: 0, Dated: 0, Told: 0, Index: 0);
                for (var i = 0; i < meetings.Count; i++)
                {
                    var x = meetings[i];
                    if (!(x.Organization is null && Compatible(x, m, participants, !crowdedSentences.Contains(m.Sentence.Index), placeCountry, isTown, countryOf, datelineTown) && !EarlierEventOf(x, m, storyYear) && !DatedAside(x, m) && !LookBackMeeting.Keeps(x, m, storyYear) &&
                          // a reference dated months away from the story is not more of the undated current gathering
                          !EarlierMonth.KeepsApart(x, m, published) && !EarlierYear.KeepsApart(x, m, published) && !PastPerfectRecall.KeepsApart(x, m) && !AfterTheStory.KeepsApart(x, m, published) && !UndatedLookBack.KeepsApart(x, m, published) &&
                          !UndatedPresentAndNamedYear.KeepsApart(x, m, published) && !MonthApartFromTheWeek.KeepsApart(x, m, published) &&
                          !UnsharedDate.KeepsApart(x, m, participants.Count))) continue;
                    if (OwnPlaceAndTime.KeepsApart(x, m)) continue;
                    var key = (Shared: participants.Keys.Count(x.Participants.ContainsKey), Dated: m.Date?.Value is not null && x.Date is not null ? 1 : 0, Told: x.Mentions.Count, Index: i);
                    if (target is null || key.CompareTo(best) > 0) (target, best) = (x, key);
                }
                if (target is null && meetings.Any(x => x.Organization is null && Compatible(x, m, participants, !crowdedSentences.Contains(m.Sentence.Index), placeCountry, isTown, countryOf, datelineTown) && EarlierEventOf(x, m, storyYear)))
                    m.Notes.Add("dated years before the story: an earlier event, apart from the undated one told");
                // "Japan will host the next summit": a following edition is a gathering of its own, though no one, no date and no place is told yet.
                // "A joint committee is to meet in X next month": a plan placed where no gathering told is held is a gathering of its own,
                // though it names no one yet (pattern: a planned meeting's place is its substance).
                var hasOwnSubstance = participants.Count > 0 || (m.Date?.Value is not null || published is null && UndatedLookBack.Of(m)) && m.Places.Count > 0 || NextEdition.Of(m) || m.Planned && m.Places.Count > 0 ||
                                      ConferenceApart.PlacedOnItsOwn(m) || NamelessSigningCeremony.Of(m) || CeremonyTookPlaceAt.Of(m);
                if (target is null && !hasOwnSubstance && StorySummitFirst.Of(m, all))
                {
                    hasOwnSubstance = true;
                    m.Notes.Add(StorySummitFirst.Note);
                }
                if (target is null && !hasOwnSubstance)
                {
                    // the negotiations recalled apart from an unplaced signing do not lend it their town
                    if (PlaceOnlyReferences.Qualifies(m) && !m.Notes.Contains(NegotiationsElsewhere.Note)) placeOnly.Add(m);
                    if (!m.Planned && !m.TimeAnchor && !m.Recalled) untold = m;
                    continue;
                }
            }
            if (target is null)
            {
                target = new Meeting();
                meetings.Add(target);
            }
            target.Absorb(m, participants);
            if (roleHolder is { } r && r.Sentence == m.Sentence.Index && !m.Recalled && !m.Planned)
                foreach (var (id, _) in r.People)
                {
                    target.Participants.TryAdd(id, "participant");
                    target.ParticipantEvidence.TryAdd(id, m.Sentence);
                }
            roleHolder = null;
            // "East Germany was represented by A. B, C and D signed for the others": an attendance told before any gathering
            // joins the first one told next, in its own sentence or the next few (pattern: the roll may precede the event's account).
            if (!m.Recalled && !m.Planned && !m.TimeAnchor)
                for (var k = 0; k < waiting.Count; k++)
                    if (m.Sentence.Index - RollOverSeveralSentences.CountedFrom(waiting, k, WaitingReach) <= WaitingReach) target.Absorb(waiting[k].Mention, waiting[k].People);
            waiting.Clear();
        }
        SummitItsPlenary.Apply(meetings);
        SidelineAttendance.Apply(meetings);
        CeremonyTookPlaceAt.Apply(meetings);
        PlaceOnlyReferences.Apply(meetings, placeOnly.Where(m => !meetings.Any(x => x.Mentions.Contains(m))));
        VisitVenue.Apply(meetings, published);
        return meetings;
    }

    /// <summary>How many sentences on an attendance told before any gathering may still find it.</summary>
    private const int WaitingReach = 3;

    /// <summary>"The foreign ministers also signed ...": every signer of known country serves one whose delegation is already at the meeting.</summary>
    private static bool SameDelegations(Meeting meeting, IEnumerable<string> signers, Func<string, string?> countryOf)
    {
        var present = meeting.Participants.Keys.Where(id => !meeting.Absent.Contains(id)).Select(countryOf).Where(c => c is not null).ToHashSet();
        // A signer whose country the text does not give does not count against it.
        var known = signers.Select(countryOf).Where(c => c is not null).ToList();
        return known.Count > 0 && known.All(present.Contains);
    }

    private static bool Compatible(Meeting meeting, MeetingMention m, IReadOnlyDictionary<string, string> participants, bool aloneInSentence, Func<string, string?> placeCountry, Func<Mention, bool> isTown,
        Func<string, string?> countryOf, string? datelineTown)
    {
        if (meeting.Recalled || meeting.IsCeremonial != m.IsCeremonial) return false;
        // Something still planned is not the held event, once it is dated or placed apart from it.
        if (m.Planned && meeting.Held && (m.Date?.Value is not null && m.Date.Value != meeting.Date || PlaceDiffers(meeting, m))) return false;
        if (meeting.Held && NextEdition.Of(m)) return false;
        // The following edition, told with no one yet, gathers only further word of that plan, never an account of what was held.
        if (!m.Planned && NextEdition.Told(meeting)) return false;
        // A plan to go somewhere is a journey of its own, not more of a held gathering placed nowhere.
        if (m.Planned && meeting.Held && m.Places.Count > 0 && meeting.PlaceKey is null && m.Kind != meeting.Kind) return false;
        // "X met Y on Monday ... Z is expected to speak to Y in the coming days": a plan naming someone not at the held gathering is another event.
        if (m.Planned && meeting.Held && !m.RefersToGroup && participants.Keys.Any(id => !meeting.Participants.ContainsKey(id))) return false;
        // A phone call and a visit or summit are never one gathering: one is remote, the other in person.
        if (IsRemote(meeting.Kind) != IsRemote(m.Kind) && (InPerson(meeting.Kind) || InPerson(m.Kind))) return false;
        // "The two presidents held talks" after their call: talks held face to face are not the call (see GroupHeldTalksInPerson).
        if (GroupHeldTalksInPerson.KeepsApartFromCall(meeting, m)) return false;
        // A call is between the people on the line: one naming two people, one of them not on a call already told, is another call
        // ("X telephoned Y ... Z also spoke by phone with Y").
        if (IsRemote(meeting.Kind) && IsRemote(m.Kind) && participants.Count >= 2 && participants.Keys.Any(id => !meeting.Participants.ContainsKey(id))) return false;
        // "X held talks with Y ... Z spoke by phone with W" the same day: a call and an encounter in person are one
        // gathering only when the reference names no one new to it (pattern: the call's people are on the line, not in the room).
        if (IsRemote(meeting.Kind) != IsRemote(m.Kind) && participants.Count > 0 && meeting.Participants.Count > 0 &&
            participants.Keys.Any(id => !meeting.Participants.ContainsKey(id))) return false;
        // Talks held during a visit are a gathering of their own within it: the visit is the journey, the talks one of its events.
        // "X hosted Y in Hanoi ... the two held talks": hosting a guest is the visit, the talks one event of it.
        if (meeting.Kind == MeetingKinds.Talks && m.Kind == MeetingKinds.Visit || meeting.Kind == MeetingKinds.Visit && m.Kind == MeetingKinds.Talks) return false;
        if (SigningWithinVisit.Applies(meeting, m)) return false;
        if (SequencedWithSigning.KeepsApart(meeting, m)) return false;
        if (TalksBesideSigning.KeepsApart(meeting, m)) return false;
        if (NegotiationsElsewhere.KeepsApart(meeting, m, participants.Count, isTown, datelineTown)) return false;
        if (NewcomerTalksElsewhere.KeepsApart(meeting, m, participants, isTown, datelineTown)) return false;
        if (ForumWithinVisit.Applies(meeting, m)) return false;
        if (BusinessForumBesideASummit.KeepsApart(meeting, m)) return false;
        if (ConferenceApart.KeepsApart(meeting, m, participants.Count)) return false;
        if (JointGathering.KeptApart(meeting, m)) return false;
        if (!Meeting.DatesCompatible(meeting.Date, m.Date?.Value)) return false;
        if (DayWordApart.KeepsApart(meeting, m)) return false;
        if (DayOfMonthApart.KeepsApart(meeting, m)) return false;
        if (SequenceMarkerApart.KeepsApart(meeting, m)) return false;
        if (SeparateGathering.KeepsApart(meeting, m)) return false;
        // "The King conferred the Order on him ... in the evening the King hosted a banquet": a meal and a ceremony are separate
        // events of one visit, each listed on its own (pattern: the programme of a state visit). A ceremony already placed
        // ("the anniversary event in Seoul ... a reception at the hotel") may be held as that meal: the place checks below decide.
        if (MealAndCeremony(meeting.Kind, m.Kind) && (meeting.PlaceKey is null || HostedMeal(meeting, m))) return false;
        if (CeremonyRite.Differ(meeting, m)) return false;
        if (ArrivalGreeting.KeepsApart(meeting, m)) return false;
        // "Y gave the King a state banquet ... the next day he addressed the Senate": a speech and a meal are separate events
        // of one programme, wherever each is placed (pattern: an address is its own event of a visit). A speech at a
        // ceremony ("spoke at the commemoration") is still part of that ceremony.
        if (SpeechAndMeal(meeting.Kind, m.Kind)) return false;
        if (SpeechApart.FromProgrammeEvent(meeting, m)) return false;
        // "X also met Y", "met separately with Y and Z": another encounter, even on the same day.
        if (m.Also && participants.Keys.Any(id => !meeting.Participants.ContainsKey(id))) return false;
        // The same day and the same kind of gathering: the same event, whoever else is named.
        // A signing and talks the same day are the same event only when the talks name no one new (checked below).
        if (SideEncounter.Applies(meeting, m, participants)) return false;
        if (SideMeetingApart.KeepsApart(meeting, m, participants)) return false;
        if (CourtesyCall.KeepsApart(meeting, m, participants)) return false;
        // One gathering stands in one country and one town: a reference placed elsewhere is another event or another leg of the trip.
        if (OtherCountry.Applies(meeting, m, placeCountry) || OtherCountry.OtherTown(meeting, m, isTown)) return false;
        if (OtherPairsTalks.Applies(meeting, m, participants)) return false;
        if (BilateralWithAnotherCountry.Applies(meeting, m, participants, countryOf)) return false;
        if (SubjectMeetsAnotherCounterpart.Applies(meeting, m, participants, countryOf)) return false;
        if (m.Date?.Value is { Length: 10 } day && day == meeting.Date && !SigningAndTalks(meeting.Kind, m.Kind)) return true;
        if (OtherVenue.Applies(meeting, m, isTown)) return false;
        var place = m.Places.Count == 0 ? null : NameKey.Of(m.Places[0].Canonical ?? m.Places[0].Surface);
        var placeDiffers = place is not null && meeting.PlaceKey is not null && place != meeting.PlaceKey;
        // Those at the meeting and not absent, counted without a set (this runs for every pair of meeting and reference).
        var presentCount = 0;
        var allPresentRetold = true;
        foreach (var id in meeting.Participants.Keys)
        {
            if (meeting.Absent.Contains(id)) continue;
            presentCount++;
            if (!participants.ContainsKey(id)) allPresentRetold = false;
        }
        var newcomers = 0;
        foreach (var id in participants.Keys)
            if (!meeting.Participants.ContainsKey(id) || meeting.Absent.Contains(id)) newcomers++;
        // A fuller, undated account of the same gathering names everyone already there and more ("X hosted Y and Z").
        var retold = m.Date?.Value is null && presentCount > 0 && allPresentRetold;
        if (presentCount > 0 && newcomers >= 2 && !retold && !DefiniteRetelling.Of(meeting, m, aloneInSentence)) return false;
        // "Juncker signed the roadmap with X, Y and Z ... Stubb spoke by telephone": a reference of another kind naming none of
        // the people already there is another gathering (pattern: disjoint people, different kind).
        // Ceremonies are looser: "the event was to feature X conferring awards" is the reception already told.
        if (presentCount > 0 && participants.Count > 0 && newcomers == participants.Count && m.Kind != meeting.Kind && !m.IsCeremonial) return false;
        if (m.Also && newcomers >= 1) return false;
        // "X, Y and Z signed the pact ... X met W for talks": talks that bring someone new to a signing are another event.
        if (SigningAndTalks(meeting.Kind, m.Kind) && presentCount > 0 && newcomers >= 1) return false;
        // "The forum opened in the capital with the host presiding ... the host held talks with Y": talks that bring someone new
        // to a summit or conference already told with its people are a bilateral encounter of its own at it, unless they
        // point back at the gathering's own people ("the leaders held talks"). Only words of talks count: an attendance or an
        // address to the delegates is a part in the gathering itself (pattern: the meeting within the multilateral event).
        if (BilateralAtAForum(meeting, m) && presentCount > 0 && newcomers >= 1) return false;
        if (placeDiffers && (newcomers >= 1 || m.Date?.Value is not null && meeting.Date is not null)) return false;
        // A visit elsewhere is a journey of its own, not more of the gathering already placed ("signed in Khartoum ... will visit Addis Ababa").
        if (placeDiffers && (m.Kind == MeetingKinds.Visit) != (meeting.Kind == MeetingKinds.Visit)) return false;
        return true;
    }

    /// <summary>
    /// "Both pacts were signed in April 2007 in Bali, in the presence of X" in a story of 2022 about a retreat told
    /// without a date: a reference dated two or more years before the story's year is an earlier event, not more of
    /// an undated gathering already told (pattern: a dated look back does not date, nor join, the current event).
    /// </summary>
    private static bool EarlierEventOf(Meeting meeting, MeetingMention m, int? storyYear) =>
        meeting.Date is null && storyYear is { } year && m.Date?.Value is { } date && int.Parse(date[..4]) <= year - 2;

    /// <summary>
    /// "Arab leaders met in an emergency summit in Cairo on Tuesday. ... the Arab League summit backed the plan": a grouping's
    /// summit told with no date or place of its own, right after a held summit told without a grouping, names that summit
    /// (pattern: the lead's gathering named later), so a later dated edition elsewhere cannot claim its people.
    /// A time anchor or a side meeting ("since their encounter on the sidelines of the APEC summit") points at another gathering.
    /// </summary>
    private static Meeting? UnnamedSummitNamed(List<Meeting> meetings, MeetingMention m) =>
        m is { Kind: MeetingKinds.Summit, Planned: false, TimeAnchor: false, OnSidelines: false, Speculative: false, Places.Count: 0 } && m.Date?.Value is null
            ? meetings.LastOrDefault(x => x.Organization is null && x.Kind == MeetingKinds.Summit && x.Held && !x.Recalled &&
                                          // the lead's summit, named in the next sentence or the one after: further on, another grouping's summit may be meant
                                          m.Sentence.Index - x.Mentions.Max(y => y.Sentence.Index) <= 2 && x.Mentions[0].Sentence.Index <= 3 &&
                                          Meeting.DatesCompatible(x.DateOrAssumedYear, m.DateOrAssumedYear))
            : null;

    /// <summary>
    /// "The alliance's following summit takes place in Vilnius": a planned edition placed apart from the held one is another summit.
    /// "Chile is to host the next such summit in 2031": so is one called the next (or counted past the held one), even with no
    /// place of its own; it must not take the held summit's people nor give it its year (pattern: "next" counts on from the held edition).
    /// </summary>
    private static bool IsAnotherEdition(Meeting held, MeetingMention m) => m.Planned && held.Held && (PlaceDiffers(held, m) || NextEdition.Of(m));

    /// <summary>
    /// Every reference of the meeting lies in a relative clause set off by commas ("X, who held talks with Y on Monday, ..."):
    /// it is told as background about a person (pattern: a side clause's gathering is not the gathering under discussion).
    /// </summary>
    private static bool AsideOnly(Meeting meeting) =>
        meeting.Mentions.All(y => !y.Attendance && RelativeClauseRecall.InsideClause(y.Sentence.Tokens, y.TokenStart));

    /// <summary>
    /// "A and B also attended, as did C, whose government co-sponsored the process launched at the Geneva conference of 1991":
    /// a gathering given a date of its own inside a relative clause about someone is background, and does not date (or join)
    /// the undated gathering the main clause reports (pattern: a side clause's dated event is another event).
    /// </summary>
    private static bool DatedAside(Meeting meeting, MeetingMention m) =>
        m.Date?.Value is not null && meeting.Date is null && meeting.Held && !m.Planned &&
        RelativeClauseRecall.InsideClause(m.Sentence.Tokens, m.TokenStart);

    private static bool PlaceDiffers(Meeting meeting, MeetingMention m) =>
        m.Places.Count > 0 && meeting.PlaceKey is not null && NameKey.Of(m.Places[0].Canonical ?? m.Places[0].Surface) != meeting.PlaceKey;

    /// <summary>
    /// "A, who hosted the ceremony, B and C signed": "the ceremony", "the signing" told as a noun in a clause about a person
    /// (not a signer's verb), whose kind the sentence's own signing made a signing.
    /// </summary>
    private static bool IsSigningCeremonyNoun(MeetingMention m) =>
        m.Kind == MeetingKinds.Signing && !m.Attendance && RelativeClauseRecall.InsideClause(m.Sentence.Tokens, m.TokenStart) &&
        m.Sentence.Tokens.Skip(m.TokenStart).Take(m.TokenEnd - m.TokenStart).Any(t => t.Lower is "ceremony" or "signing");

    private static Meeting? LatestSigning(List<Meeting> meetings, MeetingMention m) =>
        meetings.LastOrDefault(x => x.Kind == MeetingKinds.Signing && !x.Recalled && Meeting.DatesCompatible(x.Date, m.Date?.Value));

    /// <summary>"attended the signing": the latest signing or ceremony told, not the summit it took place at.</summary>
    private static Meeting? LatestAct(List<Meeting> meetings, MeetingMention m) =>
        meetings.LastOrDefault(x => x.Kind is MeetingKinds.Signing or MeetingKinds.Ceremony && !x.Recalled && x.Organization is null && Meeting.DatesCompatible(x.Date, m.Date?.Value));

    /// <summary>"the session", "the plenary": a sitting of a multilateral gathering, not a gathering of its own.</summary>
    private static bool IsPartOfAGathering(MeetingMention m) => m.Sentence.Tokens[m.TokenStart].Lower is "session" or "plenary";

    /// <summary>
    /// The latest grouping's summit a definite "the summit" points back to. "Back in 2000 the summit of another body met in this city"
    /// in a story of 2016 points at no undated summit of the story's time (see <see cref="EarlierEventOf"/>).
    /// </summary>
    private static Meeting? LatestGroupingSummit(List<Meeting> meetings, MeetingMention m, int? storyYear)
    {
        bool Fits(Meeting x) => x.Organization is not null && Meeting.DatesCompatible(x.DateOrAssumedYear, m.DateOrAssumedYear) &&
                                !OtherKindOfTheGrouping.OfAnotherRankOnly(x, m) && !EarlierEventOf(x, m, storyYear);
        return HeldBeforePlanned(meetings, m, Fits) ?? meetings.LastOrDefault(Fits);
    }

    /// <summary>
    /// "X invited Y to the bloc's summit in Z in October. Y met W on the margins of the summit": a grouping's summit told so far
    /// only as coming is not what "the summit" of an account told as done points back to; the latest one held is, when the story
    /// has one (pattern: tense agreement of a definite reference and its antecedent). A reference told as coming keeps the latest.
    /// </summary>
    private static Meeting? HeldBeforePlanned(List<Meeting> meetings, MeetingMention m, Func<Meeting, bool> fits) =>
        m.Planned ? null : meetings.LastOrDefault(x => x.Held && !x.Recalled && fits(x));

    /// <summary>
    /// "X told the closing session" in the account of a summit no grouping names ("the Africa Climate Summit"): a sitting
    /// is part of the latest summit or conference held, as it is of a grouping's (pattern: a session belongs to its gathering).
    /// </summary>
    private static Meeting? LatestSummit(List<Meeting> meetings, MeetingMention m, int? storyYear)
    {
        bool Fits(Meeting x) => x.Kind is MeetingKinds.Summit or MeetingKinds.Conference && x.Held && !x.Recalled &&
                                Meeting.DatesCompatible(x.DateOrAssumedYear, m.DateOrAssumedYear) && !EarlierEventOf(x, m, storyYear);
        return meetings.LastOrDefault(x => Fits(x) && !StorySummitFirst.YearsBeforeTheStory(x, m, storyYear)) ?? meetings.LastOrDefault(Fits);
    }

    private static bool MealAndCeremony(string a, string b) =>
        a == MeetingKinds.Reception && b == MeetingKinds.Ceremony || a == MeetingKinds.Ceremony && b == MeetingKinds.Reception;

    /// <summary>
    /// "X welcomed Y at the palace ... in the evening X hosted a state banquet at the palace": a meal someone is said to host is
    /// an event of the programme in its own right, even in the hall of the welcome (pattern: the host's meal is listed apart).
    /// </summary>
    private static bool HostedMeal(Meeting meeting, MeetingMention m) =>
        m.Kind == MeetingKinds.Reception ? m.Participants.Values.Contains("host")
                                         : meeting.Kind == MeetingKinds.Reception && meeting.Participants.Values.Contains("host");

    private static bool SpeechAndMeal(string a, string b) =>
        a == MeetingKinds.Speech && b == MeetingKinds.Reception || a == MeetingKinds.Reception && b == MeetingKinds.Speech;

    private static bool IsRemote(string kind) => kind == MeetingKinds.PhoneCall;

    private static bool BilateralAtAForum(Meeting meeting, MeetingMention m) =>
        m.Kind == MeetingKinds.Talks && meeting.Kind is MeetingKinds.Summit or MeetingKinds.Conference && !m.RefersToGroup && !m.Definite &&
        !m.Attendance && !m.AddressesAudience && m.NamesKind(MeetingKinds.Talks);

    /// <summary>
    /// "The summit closed on Friday. The foreign ministers signed the treaty at the palace; A and B attended": a signing told after
    /// the grouping's summit is the gathering under discussion, and a bare attendance joins it, not the summit before it
    /// (pattern: the latest act told is the one an objectless attendance is about).
    /// </summary>
    private static bool LaterSigning(Meeting current, List<Meeting> meetings) =>
        current.Kind == MeetingKinds.Signing && current.Organization is null &&
        meetings.LastOrDefault(x => x.Organization is not null && !x.Recalled) is { } summit &&
        current.Mentions[0].Sentence.Index > summit.Mentions.Max(y => y.Sentence.Index);

    private static bool SigningAndTalks(string a, string b) =>
        a == MeetingKinds.Signing && b == MeetingKinds.Talks || a == MeetingKinds.Talks && b == MeetingKinds.Signing;


    /// <summary>Kinds that need people in one room: a signing, a ceremony or a visit is never a phone call (only plain talks may be by phone).</summary>
    private static bool InPerson(string kind) => kind is not (MeetingKinds.Talks or MeetingKinds.PhoneCall);

    /// <summary>Whether the meeting was told in the reference's own sentence or the one before it.</summary>
    private static bool ToldJustBefore(Meeting x, MeetingMention m) => x.Mentions.Max(y => y.Sentence.Index) >= m.Sentence.Index - 1;

    /// <summary>
    /// The meeting "their" and "the two leaders" point at: the latest one of the same kind group with people.
    /// "The two prime ministers" count their people: a meeting of two, not a crowded signing with its witnesses.
    /// </summary>
    private static Meeting? MainMeeting(List<Meeting> meetings, MeetingMention m)
    {
        bool Fits(Meeting x) => m.RefersToPair ? x.Participants.Keys.Count(id => !x.Absent.Contains(id)) == 2 :
            m.GroupSize is { } n ? x.Participants.Keys.Count(id => !x.Absent.Contains(id)) == n : x.Participants.Count >= 2;
        return meetings.LastOrDefault(x => !x.Recalled && x.Organization is null && x.IsCeremonial == m.IsCeremonial && Fits(x))
               ?? meetings.LastOrDefault(x => !x.Recalled && Fits(x));
    }
}
