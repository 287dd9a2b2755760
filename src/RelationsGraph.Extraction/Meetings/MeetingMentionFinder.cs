using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// Finds references to gatherings in one sentence and reads around each one: the grouping it
/// belongs to, its date, where it is, who takes part (and who explicitly does not), and whether
/// it is reported, planned or merely speculated about.
/// </summary>
internal static class MeetingMentionFinder
{
    private const int Window = 20;
    private static readonly FrozenSet<string> TimeConnectives = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "after", "before", "since", "following" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The talks came a day after a raid on a convoy near Y", "the visit comes months after the minister's trip to
    /// Paris": a place told after the reference, inside a time clause that names another event ("after" or "before" and a noun
    /// phrase), is that event's place, not the meeting's (pattern: the scope of a time clause).
    /// </summary>
    private static bool PlaceOfAnEarlierOrLaterEvent(List<Token> tokens, MeetingMention m, Mention place)
    {
        if (place.TokenStart < m.TokenEnd) return false;
        for (var i = m.TokenEnd; i < place.TokenStart - 1; i++)
        {
            if (!TimeConnectives.Contains(tokens[i].Text)) continue;
            for (var k = i + 1; k < place.TokenStart; k++)
                if (tokens[k].Lower is "a" or "an" or "the" or "'s" or "’s") return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> Negations = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "not", "n't", "never", "skipped", "skips", "skip", "skipping", "missed", "declined", "without", "absent", "cancelled", "canceled", "boycotted", "boycotting", "snubbed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> PlannedCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "will", "would", "'ll", "expected", "due", "scheduled", "set", "plans", "planned", "planning", "upcoming", "invitation", "invited", "to-be-held", "next", "push", "pushing" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> SpeculativeCues = new HashSet<string>(StringComparer.Ordinal) { "might", "may", "could", "whether", "possible", "possibility", "resumption", "if", "hope", "hopes", "hoping", "desire", "consider", "considering", "proposed", "propose", "potential", "earliest", "likely", "unlikely" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> GovernmentNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "administration", "government", "cabinet", "party", "office", "camp" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> VenueNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "centre", "center", "hall", "room", "venue", "building", "site", "facility", "facilities" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> TradeNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "operator", "operators", "guide", "guides", "company", "companies", "agency", "agencies", "organiser", "organisers", "organizer", "organizers", "bus", "buses" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> PlaceLeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "in", "at", "to", "for" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static List<MeetingMention> Find(Sentence sentence, IReadOnlyList<Mention> mentions, IReadOnlyList<DateExpression> dates, int? storyYear = null)
    {
        var tokens = sentence.Tokens;
        var segments = ClauseSegments.Of(sentence);
        var found = new List<MeetingMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // Most words can start no rule below: skip the chain of tests for them (the tests are pure, so nothing changes but cost).
            if (!RuleAnchors.At(tokens, i)) continue;
            if (GatheringRoll.OfTheNounBefore(tokens, i, found.LastOrDefault(), segments) is { } rollStart)
            {
                // "The summit was attended by A, B and C": the roll verb describes the gathering its noun told.
                found[^1].PassiveAgentsStart ??= rollStart;
                found[^1].TokenEnd = i + 1;
                continue;
            }
            // "the accord concluded in X in 1984": "concluded" and "reached" start only the dated signing of their document.
            var madeVerb = DatedSigningAtAPlace.MadeOtherThanBySigning(tokens, i);
            if (madeVerb && !DatedSigningAtAPlace.IsAt(tokens, i, mentions, dates, segments, storyYear)) continue;
            var kind = TriggerAt(tokens, i, out var length);
            if (madeVerb) (kind, length) = (null, 1);
            // "the original members of the Coral Sea Forum": the noun is a word of a body's name told as its members.
            if (kind is not null && MembersOfAGrouping.NounInNameOfMembers(tokens, i, mentions)) kind = null;
            // "at the Congress of Marvelle": a congress named after its host town is a conference there (CongressOfItsCity).
            var congress = kind is null && !madeVerb && CongressOfItsCity.EndAt(tokens, i, mentions) is not null;
            if (congress) (kind, length) = (MeetingKinds.Conference, CongressOfItsCity.EndAt(tokens, i, mentions)!.Value - i);
            // "the Orvane European Council", "the Harbour Council in Tollin": a council told with its town is a sitting held there (CouncilSittingInATown).
            if (kind is null && !madeVerb && !congress && CouncilSittingInATown.IsAt(tokens, i, mentions)) kind = MeetingKinds.Conference;
            if (kind is null && !madeVerb && CallReference.IsAt(tokens, i, mentions)) kind = MeetingKinds.PhoneCall;
            if (kind is null && !madeVerb && SawSomeone.IsAt(tokens, i, mentions)) kind = MeetingKinds.Talks;
            if (kind is null && !madeVerb && SpokeWithSomeone.IsAt(tokens, i, mentions)) kind = MeetingKinds.Talks;
            if (kind is null && !madeVerb && SatDownWithSomeone.IsAt(tokens, i, mentions)) kind = MeetingKinds.Talks;
            if (kind is null && !madeVerb && MealWithSomeone.IsAt(tokens, i, mentions)) kind = MeetingKinds.Reception;
            if (kind is null && !madeVerb && ReceivedSomeone.IsAt(tokens, i, mentions)) kind = MeetingKinds.Visit;
            // "was received in P by the Regent": the passive with a place or day before its host after "by" (PassiveReception).
            if (kind is null && !madeVerb && PassiveReception.IsAt(tokens, i, mentions)) kind = MeetingKinds.Visit;
            // "received on Monday at the Orlan Palace the Velmarian Foreign Minister": a place or day before the guest (ReceivedAfterAnAdjunct).
            if (kind is null && !madeVerb && ReceivedAfterAnAdjunct.IsAt(tokens, i, mentions)) kind = MeetingKinds.Visit;
            var tripLeg = kind is null && !madeVerb && TripLeg.IsAt(tokens, i, mentions);
            if (tripLeg) kind = MeetingKinds.Visit;
            // "flies to Y and then to Z": the further destination is a leg of its own (OnwardLeg).
            var furtherLeg = kind is null && !madeVerb && OnwardLeg.FurtherLegAt(tokens, i, mentions);
            if (furtherLeg) kind = MeetingKinds.Visit;
            var earlierEdition = kind is null && !madeVerb && EarlierEditionByPronoun.IsAt(tokens, i);
            if (earlierEdition) kind = MeetingKinds.Summit;
            var audience = kind is null && !madeVerb && VerbOnlyTriggers.IsAudience(tokens, i);
            var ellipsis = kind is null && !madeVerb && VerbOnlyTriggers.IsEllipsis(tokens, i);
            var attendance = kind is null && !madeVerb && (audience || ellipsis || VerbOnlyTriggers.IsAttendance(tokens, i) || CountrySentEnvoy.IsAt(tokens, i, mentions) ||
                                                   SittingIn.IsAt(tokens, i, mentions) ||
                                                   AccompaniesSomeone.IsAt(tokens, i, mentions) ||
                                                   // "A came, as did B", "C also came": coming with no goal named (ArrivalWithNoGoal).
                                                   ArrivalWithNoGoal.IsAt(tokens, i, mentions));
            // "A and B signed the document as witnesses": a joint signature in a witness's capacity attends the parties' signing (see SignerForASide).
            // "the Treaty on X and Y, which A and B signed in P on 18 May 1992": a document told by its full title is a signing only when the
            // clause dates it to an earlier year (see DocumentSignedInAnEarlierYear).
            var signing = kind is null && !madeVerb && !attendance && !SignerForASide.InACapacity(tokens, i) && (VerbOnlyTriggers.IsJointSigning(tokens, i, mentions, segments, byTitle: false) ||
                                                                                             VerbOnlyTriggers.IsJointSigning(tokens, i, mentions, segments) && DocumentSignedInAnEarlierYear.DatedEarlier(tokens, i, dates, storyYear) ||
                                                                                             GroupSubjectSigning.IsAt(tokens, i, mentions) ||
                                                                                             // "On 4 May 1802, in X, envoys of A and B signed the treaty": the day and place open the sentence (DatedLeadSigning).
                                                                                             DatedLeadSigning.IsAt(tokens, i, mentions, dates));
            var attendedAct = attendance ? VerbOnlyTriggers.AttendedAct(tokens, i) : null;
            if (attendance && attendedAct is null && tokens[i].Lower == "among" && GuestsAndSeats.IsRollCall(tokens, i)) attendedAct = VerbOnlyTriggers.ActOfTheRoll(tokens, i);
            // "X signed on behalf of her country": one signer for a side attends the signing told.
            if (kind is null && !madeVerb && !attendance && !signing && SignerForASide.IsAt(tokens, i)) (attendance, attendedAct) = (true, MeetingKinds.Signing);
            if (kind is null && !madeVerb && !attendance && !signing && SignedAtAPlace.IsAt(tokens, i, mentions, segments)) (attendance, attendedAct) = (true, MeetingKinds.Signing);
            // "the treaty, signed in X on 4 May 1931": a document signed at a told place and day is a signing of its own there.
            var datedSigning = kind is null && !attendance && !signing && DatedSigningAtAPlace.IsAt(tokens, i, mentions, dates, segments, storyYear);
            if (datedSigning) signing = true;
            if (attendance) kind = MeetingKinds.Talks;
            if (signing) kind = MeetingKinds.Signing;
            if (kind is null) continue;
            var last = found.LastOrDefault();
            // "Before the retreat she held talks with X": a time anchor opening the clause dates the event the clause then
            // reports, so the later reference is that event, never more of the anchor (pattern: time anchor + main clause).
            var sameClause = last is not null && segments[last.TokenStart] == segments[i] && !last.TimeAnchor;
            var separated = sameClause && (furtherLeg || EventBoundary.Between(tokens, last!.TokenEnd, i) || SideGatheringThenItsMeeting.Separates(tokens, last, i));
            // "an event hosted by": a verb right after a meeting noun describes that meeting.
            var describesLast = sameClause && !separated && MeetingKinds.IsVerb(tokens[i].Text) && i - last!.TokenEnd <= 3;
            if (sameClause && HostingOfTheGathering(tokens, last!, i) is { } nounKind)
            {
                // "X hosted Y ... for a meeting of ...", "the meeting ... was hosted by X": the hosting is that meeting.
                last!.Kind = nounKind;
                last.TokenEnd = i + length;
            }
            else if (sameClause && !separated && IsObjectOfVerb(tokens, last!, i))
            {
                // "hosted a state dinner": the noun names the event the verb is about.
                last!.Kind = kind;
                last.TokenEnd = i + length;
                last.Definite |= DayPossessive.IsDefinite(tokens, i);
            }
            // "the 1994 protocol, signed in X during a visit by Y": a signing dated only by its document's name is placed by the gathering
            // its clause names, which stays an account of its own (the signing then gives way to it, below).
            else if (describesLast || sameClause && !separated && i - last!.TokenEnd <= 8 && last.IsCeremonial == MeetingKinds.IsCeremonial(kind) && !last.DatedByItsName &&
                     !VisitAndItsTalks(last.Kind, kind) &&
                     // "the China-GCC summit and the China-Arab States summit": two joint names sharing a party are two gatherings.
                     !JointGathering.Differ(last.JointParties, JointGathering.PartiesBefore(tokens, i)))
            {
                if (!describesLast) last!.Kind = MeetingKinds.MoreSpecific(last.Kind, kind);
                last!.TokenEnd = i + length;
            }
            else
            {
                var spanOfTalks = CountedSpanOfTalks.Keeps(tokens, i, mentions, segments);
                var added = new MeetingMention
            {
                // "watched the handover" on its own is that act; merged into "held talks and witnessed ..." above, it stays talks.
                Sentence = sentence, TokenStart = i, TokenEnd = i + length, Kind = attendedAct ?? kind,
                Definite = DayPossessive.IsDefinite(tokens, i),
                Attendance = attendance,
                AttendedAct = attendedAct,
                AddressesAudience = audience || kind is not null && !attendance && !signing && VerbOnlyTriggers.AddressesTheGathering(tokens, i),
                Ellipsis = ellipsis,
                Signing = signing,
                PassiveAgentsStart = datedSigning ? DatedSigningAtAPlace.AgentsStart(tokens, i) : signing ? VerbOnlyTriggers.PassiveAgentsStart(tokens, i) : null,
                ThroughItsDocument = datedSigning,
                DatedByItsName = datedSigning && DatedSigningAtAPlace.DatedOnlyByItsName(tokens, i, dates, segments, storyYear),
                Recalled = earlierEdition || congress || EventBoundary.IsRecalled(tokens, i),
                JointParties = JointGathering.PartiesBefore(tokens, i),
                TimeAnchor = !spanOfTalks && EventBoundary.IsTimeAnchor(tokens, i),
                SpanOfTalks = spanOfTalks,
                OnSidelines = EventBoundary.OnSidelines(tokens, i),
                Also = i >= 1 && tokens[i - 1].Lower == "also" || i >= 2 && tokens[i - 2].Lower == "also",
            };
                if (spanOfTalks) added.Notes.Add(CountedSpanOfTalks.Note);
                if (furtherLeg || tripLeg && OnwardLeg.IsAt(tokens, i)) added.Notes.Add(OnwardLeg.Note);
                found.Add(added);
            }
            i += length - 1;
        }
        // "the summit, which X will host": the clause names who stages the gathering, no visit of its own.
        if (found.Count > 0) HostOfTheAntecedent.Fold(tokens, found, mentions);
        // Most sentences tell no gathering, and every step below does nothing without one: spare their enumerators.
        if (found.Count == 0) return found;
        // "signed in X in 2004 at the margins of a summit, where A and B put their names to it": a sentence that tells a gathering
        // of its own places the signing through that account; the document's adjuncts start no signing apart from it.
        // A gathering told before the document ("the Harbour Conference of 1955 and the treaty signed in X in 1967") is another event.
        // A gathering told in a clause coordinated after the signing's ("..., signed in X in 1947, and its annual conference is ...")
        // is another matter and leaves the signing standing (see DatedSigningAtAPlace.InAnotherClause).
        if (found.Count > 1) found.RemoveAll(m => m.ThroughItsDocument && found.Any(x => !x.ThroughItsDocument && x.TokenStart > m.TokenStart && !DatedSigningAtAPlace.InAnotherClause(tokens, m.TokenStart, x.TokenStart)));
        foreach (var m in found) m.BesideAnotherJointGathering = found.Any(x => JointGathering.Differ(x.JointParties, m.JointParties));
        foreach (var m in found) if (m.Attendance) NameAttendanceRule(tokens, m);
        foreach (var m in found) if (m.Signing && !m.Notes.Contains(GroupSubjectSigning.Note) && GroupSubjectSigning.IsAt(tokens, m.TokenStart, mentions)) m.Notes.Add(GroupSubjectSigning.Note);
        foreach (var m in found) if (m.Signing && m.Notes.Count == 0 && DatedSigningAtAPlace.IsAt(tokens, m.TokenStart, mentions, dates, segments, storyYear)) m.Notes.Add(DatedSigningAtAPlace.Note);
        foreach (var m in found) if (m.Signing && m.Notes.Count == 0 && DatedLeadSigning.IsAt(tokens, m.TokenStart, mentions, dates)) m.Notes.Add(DatedLeadSigning.Note);
        foreach (var m in found) if (DefiniteRetelling.IsAttendedObject(m)) m.Notes.Add("object of an attendance verb: the gathering already told");
        // The people of the sentence in order, sorted once for every reference's window and rolls.
        var people = found.Count == 0 ? [] : mentions.Where(x => x.Kind == MentionKind.Person && x.EntityId is not null).OrderBy(x => x.TokenStart).ToList();
        foreach (var m in found) Describe(m, sentence, segments, mentions, people);
        foreach (var m in found) CalledOnPronoun.KeepOwnClausePlaces(m);
        // "From X he flies to Y", "to Y and then to Z": an onward leg is held where it goes, not where it starts or went before.
        foreach (var m in found)
        {
            if (!m.Notes.Contains(OnwardLeg.Note)) continue;
            m.Places.RemoveAll(p => p.TokenStart < m.TokenStart);
            OnwardLeg.KeepTravellers(tokens, m, mentions);
        }
        ArrivalGreeting.Apply(tokens, found);
        // "in the town hall of Varo, five men signed a peace treaty": a history lead's counted signers are placed by the
        // sentence's fronted adjunct, beyond the reference's own window (see IndefiniteCountedSigners).
        foreach (var m in found)
            if (m.Signing && m.Places.Count == 0 && (IndefiniteCountedSigners.FrontedPlaceOf(tokens, m.TokenStart, mentions) ?? DatedLeadSigning.FrontedPlaceOf(tokens, m.TokenStart, mentions, dates)) is { } fronted) m.Places.Add(fronted);
        // "the accord, signed in X in 1992 by the leaders of A and B": the signers are the agents the clause names, never the group under discussion.
        foreach (var m in found) if (m.ThroughItsDocument) (m.RefersToGroup, m.RefersToPair) = (false, false);
        GroupWordReach.Apply(found);
        found = found.SelectMany(m => Separately(tokens, m, mentions)).ToList();
        CoordinatedClauseSubject.Apply(tokens, found, mentions, people);
        SpreadPlans(tokens, found, segments);
        SpreadAbsences(sentence, found, segments);
        YearBeforeNoun.Apply(tokens, found);
        EventBoundary.RecallGatheringsOfRecalledSideMeetings(tokens, found);
        AssignDates(sentence, found, dates, segments);
        TalksWithinVisit.InheritDates(tokens, found, segments);
        foreach (var m in found) RelativeClauseRecall.Apply(tokens, m, mentions, storyYear);
        foreach (var m in found) if (m.ThroughItsDocument) DatedSigningAtAPlace.MarkRecalled(tokens, m, storyYear);
        foreach (var m in found) DocumentSignedInAnEarlierYear.Mark(tokens, m, storyYear);
        foreach (var m in found) RelativeClauseRecall.MarkPluperfect(tokens, m);
        foreach (var m in found) RelativeClauseRecall.MarkPluperfectWho(tokens, m);
        foreach (var m in found) LookBackWhenClause.Mark(tokens, m, found, storyYear);
        foreach (var m in found) m.RoleOfPerson = HostingRoleClause.IsRole(tokens, m, mentions);
        SideEvents.MarkHeldAtGathering(tokens, found, segments);
        KeepPlacesWithNearestMeeting(found);
        VisitVenue.ApplyInSentence(found);
        SideMeetingApart.Apply(tokens, found, people);
        return found;
    }

    /// <summary>Marks the reference for the trace when companions join it; always true, so it can stand in the reach test.</summary>
    private static bool NoteCompanions(MeetingMention m)
    {
        if (!m.Notes.Contains(Companions.Note)) m.Notes.Add(Companions.Note);
        return true;
    }

    /// <summary>The newer attendance rules by name, for the trace (the older ones show as "attendance verb").</summary>
    private static void NameAttendanceRule(List<Token> tokens, MeetingMention m)
    {
        var i = m.TokenStart;
        if (SignerForASide.JoinsTheSigning(tokens, i) && SigningVerb.IsAt(tokens, i)) m.Notes.Add("countersigned or also signed: joins the signing told");
        else if (SignerForASide.IsAt(tokens, i)) m.Notes.Add("signer for a side");
        else if (m.AttendedAct == MeetingKinds.Signing && SigningVerb.IsAt(tokens, i)) m.Notes.Add(SignedAtAPlace.Note);
        else if (tokens[i].Lower == "among" && GuestsAndSeats.IsRollCall(tokens, i)) m.Notes.Add("roll call: among the people named there");
        else if (VerbOnlyTriggers.FlewIn(tokens, i)) m.Notes.Add("flew in: arrived where the gathering told is held");
        else if (VerbOnlyTriggers.InCompany(tokens, i)) m.Notes.Add("in company: flanked or joined by the people named");
        else if (AccompaniesSomeone.VerbAt(tokens, i)) m.Notes.Add(AccompaniesSomeone.Note);
        else if (tokens[i].Lower == "came") m.Notes.Add(ArrivalWithNoGoal.Note);
        else if (tokens[i].Lower is "among" or "members" or "member") m.Notes.Add("member of a delegation");
    }

    /// <summary>
    /// "wrapped up a state visit on Thursday with talks at the palace": the journey and the talks held during it are two
    /// events, each with its own place and day (pattern: talks within a visit, as the clusterer keeps them).
    /// </summary>
    private static bool VisitAndItsTalks(string earlier, string later) =>
        earlier == MeetingKinds.Visit && later == MeetingKinds.Talks || earlier == MeetingKinds.Talks && later == MeetingKinds.Visit;

    /// <summary>
    /// "X met separately with A, B and C", "held separate talks with A and B": one meeting of X with each of them, not one meeting of four. The first
    /// keeps the places and date of the sentence.
    /// </summary>
    private static IEnumerable<MeetingMention> Separately(List<Token> tokens, MeetingMention m, IReadOnlyList<Mention> mentions)
    {
        var separately = false;
        for (var k = Math.Max(0, m.TokenStart - 2); k < Math.Min(tokens.Count, m.TokenEnd + 2); k++)
            if (tokens[k].Lower is "separately" or "individually" or "respectively" or "separate") separately = true;
        // "X held bilateral meetings with A, B and C", "one-on-one talks with A and B": a meeting of two sides has one
        // counterpart, so several named after it are one meeting each (pattern: the pairwise adjective or a counted plural).
        var pairwise = PairwiseMeetings(tokens, m);
        if (pairwise) separately = true;
        if (WithEachCounterpart.Applies(tokens, m)) separately = true;
        if (SequencedCounterparts.Applies(tokens, m, mentions)) separately = true;
        // "also met Premier A and B, chairman of the parliament": the host's office-holders are called on one by one (OfficeHoldersApart).
        if (OfficeHoldersApart.Applies(tokens, m, mentions)) separately = true;
        // "had spoken by telephone with both A and B": a call joins two people, so calls with both are one call with each.
        for (var k = m.TokenEnd; k + 1 < Math.Min(tokens.Count, m.TokenEnd + 4); k++)
            if (m.Kind == MeetingKinds.PhoneCall && tokens[k].Lower == "with" && tokens[k + 1].Lower is "both" or "each") separately = true;
        // "A and B also called on him": a courtesy call is paid by one caller, so several callers are one call each (see CallersApart).
        if (CallersApart.Applies(tokens, m)) return CallersApart.Split(m);
        if (!separately || m.ObjectIds.Count < 2) return [m];
        var subjects = m.Participants.Keys.Where(id => !m.ObjectIds.Contains(id)).ToList();
        // "The minister held bilateral meetings with A and B": a subject the text names by an unread title still meets each alone.
        if (subjects.Count == 0 && !pairwise) return [m];
        var split = new List<MeetingMention>();
        foreach (var other in m.ObjectIds)
        {
            var one = m.SplitOff();
            foreach (var id in subjects) one.Participants[id] = m.Participants[id];
            one.Participants[other] = m.Participants[other];
            one.ObjectIds.Add(other);
            one.Notes.Add("met separately: one meeting with each");
            one.Places.AddRange(m.Places.Where(p => PlaceOfTheSplit(p, other, m, mentions, split.Count == 0)));
            split.Add(one);
        }
        return split;
    }

    /// <summary>
    /// "held separate meetings at the palace with A, B and C": a place told before the first counterpart holds every one of the
    /// meetings; "met separately with A at the palace, B and C": a place told after a counterpart is that counterpart's meeting's
    /// (pattern: the place's scope in a list of separate encounters). Counterparts not found in the sentence leave it to the first.
    /// </summary>
    private static bool PlaceOfTheSplit(Mention place, string other, MeetingMention m, IReadOnlyList<Mention> mentions, bool first)
    {
        var objects = mentions.Where(x => x.Kind == MentionKind.Person && x.EntityId is not null && m.ObjectIds.Contains(x.EntityId)).ToList();
        if (objects.Count == 0 || m.ObjectIds.Any(id => objects.All(x => x.EntityId != id))) return first;
        if (objects.All(x => place.TokenStart < x.TokenStart)) return true;
        var before = objects.Where(x => x.TokenEnd <= place.TokenStart).MaxBy(x => x.TokenStart);
        return before is not null ? before.EntityId == other : first;
    }

    /// <summary>The words that make a meeting one of two sides only: "bilateral", "one-on-one", "tête-à-tête", "bilaterals".</summary>
    private static readonly FrozenSet<string> PairwiseWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "bilateral", "bilaterals", "one-on-one", "one-to-one", "tete-a-tete", "tête-à-tête", "four-eyes", "head-to-head", "pull-aside", "pull-asides",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "held bilateral meetings with A, B and C", "had bilaterals with A and B", "held meetings with A and B": a reference that is
    /// pairwise by its adjective, or a plural count noun of meetings ("meetings", "calls", "bilaterals"), with a list of
    /// counterparts after it. "a bilateral meeting between A and B" joins its two names in one meeting.
    /// </summary>
    private static bool PairwiseMeetings(List<Token> tokens, MeetingMention m)
    {
        var pairwise = false;
        for (var k = Math.Max(0, m.TokenStart - 3); k < m.TokenEnd; k++)
            if (PairwiseWords.Contains(tokens[k].Text)) pairwise = true;
        var head = tokens[m.TokenEnd - 1].Lower;
        var countedPlural = head is "meetings" or "calls" or "bilaterals" or "encounters" or "conversations";
        if (!pairwise && !countedPlural) return false;
        // Only counterparts named after "with": "between A and B", "of A and B" name the two sides of one meeting.
        for (var k = m.TokenEnd; k < Math.Min(tokens.Count, m.TokenEnd + 4); k++)
        {
            if (tokens[k].Lower == "with") return true;
            if (tokens[k].Lower is "between" or "of" or "among") return false;
        }
        return false;
    }

    private static readonly FrozenSet<string> HostingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "hosted", "hosts", "host", "welcomed", "received" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "X hosted his counterparts, A and B, at the castle for a meeting of ...", "The meeting at the palace was hosted by X":
    /// a hosting verb and the meeting noun it is for (or that it describes, in the passive) are one event, of the noun's
    /// kind, however long the names between them run (pattern: hosting for a purpose, or a gathering hosted by someone).
    /// Returns the noun's kind, or null when the two references are not so joined.
    /// </summary>
    private static string? HostingOfTheGathering(List<Token> tokens, MeetingMention last, int i)
    {
        if (last.TokenEnd - last.TokenStart != 1 || i - last.TokenEnd > 30) return null;
        for (var k = last.TokenEnd; k < i; k++)
            if (tokens[k].Lower is "since" or "before" or "after" or "until" or "when" or "while" or "who" or "which" or "where" ||
                MeetingKinds.KindOf(tokens[k].Text, false) is not null) return null;
        var first = tokens[last.TokenStart];
        // "hosted Y during a courtesy call": the occasion of the hosting (see CourtesyCallNoun).
        if (HostingVerbs.Contains(first.Text) && CourtesyCallNoun.IsOccasionOfHosting(tokens, last.TokenEnd, i)) return MeetingKinds.Talks;
        if (HostingVerbs.Contains(first.Text) && MeetingKinds.KindOf(tokens[i].Text, false) is { } kind && !MeetingKinds.IsVerb(tokens[i].Text))
        {
            // "for a meeting", "for talks", "for a working dinner": the purpose of the hosting.
            for (var k = i - 1; k >= last.TokenEnd && i - k <= 3; k--)
                if (tokens[k].Lower == "for") return kind;
            return null;
        }
        var passive = tokens[i].Lower == "hosted" && i + 1 < tokens.Count && tokens[i + 1].Lower == "by" && tokens[i - 1].Lower is "was" or "were" or "been" or "is";
        return passive && !MeetingKinds.IsVerb(first.Text) ? last.Kind : null;
    }

    /// <summary>A meeting noun within three words after a lone meeting verb is its object ("hosted a dinner", "met at the summit").</summary>
    private static bool IsObjectOfVerb(List<Token> tokens, MeetingMention verb, int noun) =>
        verb.TokenEnd - verb.TokenStart == 1 && MeetingKinds.IsVerb(tokens[verb.TokenStart].Text) && !MeetingKinds.IsVerb(tokens[noun].Text) &&
        noun - verb.TokenEnd <= 3;

    /// <summary>"Britain and the EU", "the EU-Mercosur negotiations": the bloc faces a country or another bloc, so it is no summit of its own.</summary>
    private static bool MeetsACountry(List<Token> tokens, Mention organization, IReadOnlyList<Mention> mentions) =>
        mentions.Any(c => (c.Kind == MentionKind.Country && !c.IsDemonym || c.Kind == MentionKind.Organization && c.OrganizationKind == "bloc" && c != organization) &&
                          (c.TokenEnd <= organization.TokenStart && organization.TokenStart - c.TokenEnd <= 2 && Joins(tokens, c.TokenEnd, organization.TokenStart) ||
                           c.TokenStart >= organization.TokenEnd && c.TokenStart - organization.TokenEnd <= 2 && Joins(tokens, organization.TokenEnd, c.TokenStart)));

    /// <summary>Only "and", "the", a hyphen or a dash between two names.</summary>
    private static bool Joins(List<Token> tokens, int from, int to)
    {
        if (from == to) return false;
        for (var i = from; i < to; i++)
            if (tokens[i].Lower is not ("and" or "the" or "-" or "–" or "—")) return false;
        return true;
    }

    /// <summary>"is scheduled to address Congress before flying to Boston to deliver a speech": the plan covers what follows it.</summary>
    private static void SpreadPlans(List<Token> tokens, List<MeetingMention> found, int[] segments)
    {
        for (var k = 1; k < found.Count; k++)
        {
            var (earlier, later) = (found[k - 1], found[k]);
            if (!earlier.Planned || later.Planned || segments[earlier.TokenStart] != segments[later.TokenStart]) continue;
            if (tokens.Skip(earlier.TokenEnd).Take(later.TokenStart - earlier.TokenEnd).Any(t => t.Lower is "before" or "after" or "then"))
                later.Planned = true;
        }
    }

    /// <summary>"did not meet X during the visit": who is absent from one reference of a clause is absent from all of them.</summary>
    private static void SpreadAbsences(Sentence sentence, List<MeetingMention> found, int[] segments)
    {
        var tokens = sentence.Tokens;
        var negatedVerbs = found.Where(m => MeetingKinds.IsVerb(tokens[m.TokenStart].Text) && (m.Speculative || NegatedRightBefore(tokens, m.TokenStart))).ToList();
        foreach (var m in negatedVerbs)
        {
            // "X did not meet Y during the visit", "X is likely to meet Y during the visit": no meeting of X and Y; X's visit stands, Y is not at it.
            m.Speculative = true;
            foreach (var other in found.Where(o => o != m && o.TokenStart > m.TokenStart))
                foreach (var id in m.ObjectIds.Where(other.Participants.ContainsKey))
                {
                    other.Participants.Remove(id);
                    other.Absent.Add(id);
                }
        }
        // Nothing below moves anyone unless someone is already absent (most sentences): spare the set and iterators.
        if (!found.Exists(m => m.Absent.Count > 0)) return;
        // "did not attend the ceremony or the dinner": a comma ends the reach ("..., as he had left to take part in Y" keeps Y).
        bool SameStretch(MeetingMention a, MeetingMention b) =>
            segments[a.TokenStart] == segments[b.TokenStart] &&
            !tokens.Skip(Math.Min(a.TokenStart, b.TokenStart)).Take(Math.Abs(a.TokenStart - b.TokenStart)).Any(t => t.Text == ",");
        foreach (var m in found.Except(negatedVerbs))
            foreach (var other in found.Where(o => o != m && !negatedVerbs.Contains(o) && SameStretch(o, m)))
                foreach (var id in m.Absent)
                {
                    other.Participants.Remove(id);
                    other.Absent.Add(id);
                }
    }

    private static readonly FrozenSet<string> Guests = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "delegation", "delegations", "leader", "leaders", "guest", "guests", "visitor", "visitors", "visiting", "president", "prime",
        "minister", "ministers", "king", "queen", "crown", "prince", "princess", "emir", "sultan", "chancellor", "premier", "foreign",
        "secretary", "pope", "head", "heads", "couple", "royal", "counterpart", "counterparts", "envoy", "envoys", "state", "first",
        "two", "new", "heads-of-state", "dignitaries", "participants", "vice", "deputy", "senior", "top", "chief",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool WelcomesAThing(List<Token> tokens, int verb)
    {
        if (verb + 2 >= tokens.Count || tokens[verb + 1].Lower is not ("the" or "a" or "an" or "this" or "its" or "their")) return false;
        var noun = tokens[verb + 2];
        return noun.IsWord && !noun.IsCapitalized && !Guests.Contains(noun.Text);
    }

    private static bool WelcomesUnnamedGuestsToALaterGathering(List<Token> tokens, int verb)
    {
        if (verb + 2 >= tokens.Count || tokens[verb + 1].Lower is not ("his" or "her" or "their" or "the") || !Guests.Contains(tokens[verb + 2].Text)) return false;
        for (var k = verb + 3; k < tokens.Count; k++)
            if (tokens[k].Lower is "talks" or "meeting" or "summit" or "ceremony" or "signing" or "session") return true;
        return false;
    }

    private static bool NegatedRightBefore(List<Token> tokens, int verb)
    {
        for (var i = Math.Max(0, verb - 3); i < verb; i++)
            if (Negations.Contains(tokens[i].Text)) return true;
        return false;
    }

    private static string? TriggerAt(List<Token> tokens, int i, out int length)
    {
        length = 1;
        var word = tokens[i].Lower;
        var next = i + 1 < tokens.Count ? tokens[i + 1].Lower : "";
        if (word is "phone" or "telephone" or "video" && next is "call" or "conversation" or "talks" or "conference")
        {
            length = 2;
            return word == "video" && next == "conference" ? MeetingKinds.Conference : MeetingKinds.PhoneCall;
        }
        if (word is "phone" or "telephone" && i > 0 && tokens[i - 1].Lower == "by") return MeetingKinds.PhoneCall;
        if (word is "conversation" or "talks" && tokens.Take(i).Any(t => t.Lower is "phone" or "telephone")) return MeetingKinds.PhoneCall;
        // "X received Y" hosts a guest only when a name or title follows; "received criticism" is no meeting.
        // "visiting forces", "a visiting professor": an adjective before a noun, not a visit.
        if (word == "visiting" && i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized &&
            tokens[i + 1].Lower is not ("the" or "a" or "an" or "his" or "her" or "their" or "its" or "our")) return null;
        if (word is "received" or "receives" && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && tokens[i + 1].IsWord) return MeetingKinds.Visit;
        // "Their host, the Zambian president X, and Y watched too", "the summit's hosts": after a determiner or a possessive,
        // "host" is the noun of a person's role at the gathering told, not an act of hosting a guest (pattern: role noun, not verb).
        if (word is "host" or "hosts" && i > 0 && tokens[i - 1].Lower is "the" or "a" or "its" or "their" or "our" or "his" or "her" or "'s" or "’s") return null;
        if (HostAsRole.IsAt(tokens, i)) return null;
        // "Luxon welcomed the agreement", "welcomed the resumption of talks": welcoming a thing is a reaction, not hosting a guest
        // (pattern: a welcoming verb whose object is a lowercase noun that names no people).
        if (word is "welcomed" or "welcomes" && WelcomesAThing(tokens, i)) return null;
        // "X welcomed his guest at the palace, and the two held talks": a welcome of unnamed guests, with the gathering told
        // later in the sentence, is the host's opening of that gathering, not a visit of its own (pattern: the host joins the
        // event of its own sentence).
        if (word is "welcomed" or "welcomes" or "greeted" && WelcomesUnnamedGuestsToALaterGathering(tokens, i)) return null;
        // "hosted Y during a courtesy call", "paid a brief courtesy call at her residence": the noun names an encounter (see CourtesyCallNoun).
        if (CourtesyCallNoun.IsAt(tokens, i)) return MeetingKinds.Talks;
        // "Modi called on the King", "paid a courtesy call on President X": an encounter with someone, talks of its own (see
        // CourtesyCall); "the call on Wednesday" is a call dated, not paid, and "called on Japan to keep ..." an appeal.
        if (word is "called" or "calls" or "call" && i + 2 < tokens.Count && tokens[i + 1].Lower == "on" &&
            (tokens[i + 2].IsCapitalized && tokens[i + 2].IsWord && !Months.IsMonthOrWeekday(tokens[i + 2].Text) ||
             tokens[i + 2].Lower == "the" && i + 3 < tokens.Count && tokens[i + 3].IsCapitalized))
            return CourtesyCall.IsAppeal(tokens, i + 2) ? null : MeetingKinds.Talks;
        // "called on the ailing King X", "called on the visiting Prime Minister": the one called on told with an adjective
        // before the title is the same call on someone (see CourtesyCall); "called on the outgoing Government to ..." an appeal.
        if (word is "called" or "calls" && i + 4 < tokens.Count && tokens[i + 1].Lower == "on" && tokens[i + 2].Lower == "the" &&
            tokens[i + 3].IsWord && !tokens[i + 3].IsCapitalized && tokens[i + 4].IsWord && tokens[i + 4].IsCapitalized &&
            !Months.IsMonthOrWeekday(tokens[i + 4].Text))
            return CourtesyCall.IsAppeal(tokens, i + 4) ? null : MeetingKinds.Talks;
        // "The minister called on him that evening": a call paid on someone told as a pronoun (see CalledOnPronoun).
        if (CalledOnPronoun.IsAt(tokens, i)) return MeetingKinds.Talks;
        // "X, who hosted the signing", "the signing at V was hosted by X": the host stages the signing, no visit of its own.
        if (HostedSigning.IsAt(tokens, i)) return MeetingKinds.Signing;
        // "The signing took place at the Hall of X": the bare noun as the subject of a verb of happening is a signing of its own.
        if (SigningTookPlace.IsAt(tokens, i, out var happenedLength))
        {
            length = happenedLength;
            return MeetingKinds.Signing;
        }
        // "X was received by Y": the passive names the host after "by".
        if (word == "received" && i + 2 < tokens.Count && tokens[i + 1].Lower == "by" && tokens[i + 2].IsCapitalized) return MeetingKinds.Visit;
        // "the World Forum conference centre", "a meeting room": the noun names a building, not a gathering.
        if (i + 1 < tokens.Count && VenueNouns.Contains(tokens[i + 1].Text) && MeetingKinds.KindOf(tokens[i].Text, false) is not null) return null;
        // "said a tour operator in Muri", "summit organisers", "visit guides": a meeting noun naming the trade or the people of
        // another noun is no gathering (pattern: a meeting noun used as a modifier of a person or business noun).
        if (i + 1 < tokens.Count && TradeNouns.Contains(tokens[i + 1].Text) && MeetingKinds.KindOf(tokens[i].Text, false) is not null) return null;
        // "The minister has visited Chile eight times": a count of visits or meetings sums up many occasions, never one gathering.
        if (HabitualCount.Follows(tokens, i)) return null;
        // A news or press conference is the press's event, not a gathering of the people named.
        if (word is "conference" or "briefing" && i > 0 && tokens[i - 1].Lower is "news" or "press") return null;
        // "the signing ceremony", "hosted the ceremony" where the leaders signed: the signing itself.
        // A welcome or wreath-laying ceremony stays that rite even in a sentence that tells a signing (see CeremonyOfAnotherRite).
        if (word is "ceremony" && (i > 0 && tokens[i - 1].Lower is "signing" ||
            !CeremonyOfAnotherRite.IsAt(tokens, i) && tokens.Any(t => t.Lower is "signed" or "signing" or "inked"))) return MeetingKinds.Signing;
        // "the exchange of instruments of ratification", "the handover of letters": a formal act in one room.
        if (word is "exchange" or "handover" && i + 2 < tokens.Count && tokens[i + 1].Lower == "of" &&
            tokens.Skip(i + 2).Take(3).Any(t => t.Lower is "instruments" or "letters" or "notes" or "documents" or "ratification"))
            return MeetingKinds.Ceremony;
        if (WelcomeHonours.LengthAt(tokens, i) is > 0 and var honours)
        {
            length = honours;
            return MeetingKinds.Ceremony;
        }
        if (LegislatureAddress.IsAt(tokens, i) || AudienceAddress.IsAt(tokens, i)) return MeetingKinds.Speech;
        if (InaugurationAct.IsAt(tokens, i)) return MeetingKinds.Ceremony;
        if (word == "round" && RoundOfTalks(tokens, i)) return MeetingKinds.Talks;
        // "held a bilateral with his host", "their bilateral on Tuesday": the adjective used as a noun (no noun follows it) is a meeting.
        if (word == "bilateral" && i > 0 && tokens[i - 1].Lower is "a" or "the" or "their" or "his" or "her" or "its" &&
            (i + 1 == tokens.Count || tokens[i + 1].Lower is "with" or "on" or "at" or "in" or "," or "." or ";" or "between")) return MeetingKinds.Talks;
        // "conferred" meets a ceremony only when an honour is its object.
        if (word is "conferred" or "confers" or "bestowed" or "bestows") return HonourConferment.IsAt(tokens, i) ? MeetingKinds.Ceremony : null;
        return MeetingKinds.KindOf(tokens[i].Text, tokens[i].IsCapitalized && i > 0);
    }

    private static readonly FrozenSet<string> RoundModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "next", "final", "last", "latest", "new", "fresh", "another", "previous", "earlier", "opening", "inaugural", "later", "subsequent",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> VotingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "election", "elections", "vote", "votes", "voting", "voters", "ballot", "ballots", "runoff", "run-off", "poll", "polls", "polling", "candidate", "candidates",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "A third round is set for 2 May", "his first round was held in London", "the ninth round of their Bilateral
    /// Consultation Mechanism": a counted round is a session of talks (pattern: rounds of a negotiating process). "round of talks"
    /// stays with its own noun; "a round of sanctions", "the first round of voting" and rounds in a sentence about an election are
    /// no meeting.
    /// </summary>
    private static bool RoundOfTalks(List<Token> tokens, int i)
    {
        if (i == 0 || !(RoundModifiers.Contains(tokens[i - 1].Text) || tokens[i - 1].Lower is "'s" or "’s" || tokens[i - 1].IsCapitalized && tokens[i - 1].IsWord)) return false;
        if (tokens.Any(t => VotingWords.Contains(t.Text))) return false;
        if (i + 1 < tokens.Count && tokens[i + 1].Lower == "of")
        {
            // "round of the BCM", "round of their Strategic Dialogue": a named mechanism; a lowercase noun ("of sanctions", "of talks") is not read here.
            var k = i + 2;
            while (k < tokens.Count && k - i <= 4 && tokens[k].Lower is "the" or "their" or "its" or "this" or "our") k++;
            return k < tokens.Count && tokens[k].IsCapitalized && tokens[k].IsWord;
        }
        return true;
    }

    /// <summary>
    /// "met at a retreat outside X", "talks outside X": a gathering set just outside a town is placed at that town; only when
    /// the meeting noun itself is what lies outside ("a plant outside X, the venue" names a venue of its own).
    /// </summary>
    private static bool OutsideATown(List<Token> tokens, int lead, MeetingMention m) =>
        tokens[lead].Lower == "outside" && lead - 1 >= m.TokenStart && lead - 1 < m.TokenEnd && MeetingKinds.KindOf(tokens[lead - 1].Text, tokens[lead - 1].IsCapitalized) is not null;

    private static void Describe(MeetingMention m, Sentence sentence, int[] segments, IReadOnlyList<Mention> mentions, IReadOnlyList<Mention> people)
    {
        var tokens = sentence.Tokens;
        var segment = segments[m.TokenStart];
        bool Near(int index) => index >= m.TokenStart - Window && index < m.TokenEnd + Window && segments[Math.Min(index, segments.Length - 1)] == segment;

        // The nearest bloc (the first of equals); a loop, as this runs for every meeting reference.
        Mention? organization = null;
        var nearest = 0;
        foreach (var x in mentions)
        {
            // The cheap window test before the word-splitting qualifier test (both pure, so the order changes nothing but cost).
            if (!(x.Kind == MentionKind.Organization && x.OrganizationKind == "bloc" && x.TokenEnd >= m.TokenStart - 8 && x.TokenStart <= m.TokenEnd + 8)) continue;
            if (QualifyingGrouping.Of(tokens, x)) continue;
            // "talks under the bloc", "consultations with the union": the bloc convenes or faces the gathering, it holds no sitting.
            if (ConvenorGrouping.Of(tokens, m, x)) continue;
            // "gatherings hosted by ASEAN, was the first encounter": a comma ends the phrase that names the grouping's own meeting.
            if (PunctuationBetween(tokens, Math.Min(x.TokenEnd, m.TokenEnd), Math.Max(x.TokenStart, m.TokenStart))) continue;
            var distance = Distance(m, x.TokenStart);
            if (organization is null || distance < nearest) (organization, nearest) = (x, distance);
        }
        m.Organization = organization;
        // "Britain and the EU ... at their summit", "an EU-China summit": the bloc meets a country, it is not the bloc's own summit.
        if (m.Organization is not null && MeetsACountry(tokens, m.Organization, mentions)) m.Organization = null;
        if (m.Attendance && m.Organization is not null && (m.Organization.TokenStart < m.TokenEnd || m.Organization.TokenStart - m.TokenEnd > 3)) m.Organization = null;
        if (m.Organization is not null && m.Kind is not MeetingKinds.Conference) m.Kind = MeetingKinds.Summit;

        var from = Math.Max(0, m.TokenStart - 8);
        var to = Math.Min(tokens.Count, m.TokenEnd + 3);
        for (var i = from; i < to; i++)
        {
            if (segments[i] != segment) continue;
            if (NarrativeNext.IsSequence(tokens, i))
            {
                if (!m.Notes.Contains(NarrativeNext.Note)) m.Notes.Add(NarrativeNext.Note);
            }
            else if (PlannedCues.Contains(tokens[i].Text) || tokens[i].Lower == "to" && i + 2 < tokens.Count && tokens[i + 1].Lower == "be" && tokens[i + 2].Lower == "held" ||
                     FutureConstruction.At(tokens, i))
                m.Planned = true;
            if (SpeculativeCues.Contains(tokens[i].Text) && !MadePossible(tokens, i)) m.Speculative = true;
        }
        if (UnrealisedPlan.Before(tokens, from, m.TokenStart)) m.Speculative = true;
        if (SubjectOfAPlan(tokens, m, segments)) m.Planned = true;
        // "A and B have confirmed their attendance": an attendance confirmed is one still to come.
        if (m.Attendance && PlannedArrival.IsConfirmedAttendance(tokens, m.TokenStart)) m.Planned = true;
        if (!m.Planned && PlanAfterTheModifier.Of(tokens, m.TokenStart, m.TokenEnd, segments)) m.Planned = true;
        // "they will meet again", "should meet again soon": a further encounter still to come.
        if (MeetAgain.Of(m)) m.Planned = true;
        // "X is due to fly to Nairobi on Wednesday for a two-day visit": a plan stated at the head of the clause covers it.
        for (var i = m.TokenStart - 1; i >= 0 && i >= m.TokenStart - 16 && tokens[i].Text is not ("," or ";" or ":"); i--)
            if (tokens[i].Lower is "will" or "due" or "scheduled" or "expected" or "'ll" && segments[i] == segment) { m.Planned = true; break; }
        for (var i = Math.Max(0, m.TokenStart - Window); i < Math.Min(tokens.Count, m.TokenEnd + Window); i++)
        {
            if (!Near(i)) continue;
            var w = tokens[i].Lower;
            var previous = i > 0 ? tokens[i - 1].Lower : "";
            var theirMeeting = w == "their" && i < m.TokenStart && m.TokenStart - i <= 4;
            var theLeaders = w is "pair" or "leaders" or "two" && previous is "the" or "both";
            if (theirMeeting || theLeaders || w == "leaders" && i + 1 < tokens.Count && tokens[i + 1].Text is "'" or "’")
            {
                m.RefersToGroup = true;
                (m.GroupWords ??= []).Add(i);
            }
            if (theLeaders && (w is "two" or "pair" || previous == "both")) m.RefersToPair = true;
            if (m.GroupSize is null && CountedGroup.SizeAt(tokens, i) is { } size)
            {
                m.RefersToGroup = true;
                (m.GroupWords ??= []).Add(i);
                m.GroupSize = size;
                m.Notes.Add(CountedGroup.Note);
            }
        }

        // "They had first spoken by phone on June 9": a sentence opening with "They" as the meeting's subject continues with
        // the people the story is about, as "the two" does (pattern: plural pronoun subject = the group under discussion).
        if (tokens[0].Lower == "they" && m.TokenStart <= 6 && segments[0] == segment)
        {
            m.RefersToGroup = true;
            (m.GroupWords ??= []).Add(0);
        }

        foreach (var place in mentions)
        {
            // The window tests before the word tests (all pure, so the order changes nothing but cost).
            if (!(place.Kind is MentionKind.Place or MentionKind.Country && !place.IsDemonym && !place.IsGovernment && Near(place.TokenStart) && place.TokenStart < m.TokenEnd + 20 &&
                  !NotAVenue.Of(place) && !SituationSetting.Is(tokens, place) && !SpeakersPlace.Is(tokens, place) && !RemarkPlace.Is(tokens, place, m) && !ReactionPlace.Is(tokens, place) &&
                  (place.TokenStart >= m.TokenStart - 10 || WhereClausePlace.Is(tokens, place, m)))) continue;
            var lead = PlaceLead.IndexBefore(tokens, place.TokenStart);
            var destination = lead >= 0 && tokens[lead].Lower is "visit" or "visited" or "visiting" or "visits";
            if (PlaceOfAnEarlierOrLaterEvent(tokens, m, place) || ReportedContentPlace.Is(tokens, m, place)) continue;
            if (place.EntityId is { } countedId && CountedVisit.Counts(tokens, m, place)) m.CountedCountryIds.Add(countedId);
            var placeLeft = AnotherLegsPlace.IsPlaceLeft(tokens, lead, m);
            var ledByPlaceWord = lead >= 0 && (PlaceLeads.Contains(tokens[lead].Text) || destination || placeLeft || OutsideATown(tokens, lead, m));
            var namedOrWhere = NamedForItsPlace.Is(tokens, place, m) || WhereClausePlace.Is(tokens, place, m) || CongressOfItsCity.IsItsTown(tokens, place, m.TokenStart, m.TokenEnd) ||
                              CouncilSittingInATown.IsItsTown(tokens, place, m.TokenStart, m.TokenEnd);
            if (ledByPlaceWord && !PlaceLead.IsOtherDirection(tokens[lead], place, m) || namedOrWhere || HostPlace.Is(tokens, place, m))
            {
                var leg = lead < 0 || WhereClausePlace.Is(tokens, place, m) ? AnotherLegsPlace.Leg.None : AnotherLegsPlace.Of(tokens, lead, place, m);
                if (leg == AnotherLegsPlace.Leg.Next) continue;
                var town = TownQualifier.TownOf(tokens, place, mentions) ?? place;
                if (!m.Places.Contains(town)) m.Places.Add(town);
                // Told only as the host ("X will host the summit"): it locates the gathering, but does not keep one (see HostPlace).
                if (!ledByPlaceWord && !namedOrWhere) (m.HostPlaces ??= []).Add(town);
                if (leg == AnotherLegsPlace.Leg.Arrival || placeLeft) m.PlacesOfAnotherLeg.Add(town);
            }
        }
        // Nearest first; a place of another leg of the journey after every other (see AnotherLegsPlace).
        m.Places.Sort((a, b) => (m.PlacesOfAnotherLeg.Contains(a), Distance(m, a.TokenStart)).CompareTo((m.PlacesOfAnotherLeg.Contains(b), Distance(m, b.TokenStart))));
        if (m.Attendance) m.Places.Clear(); // "represented by its ambassador to China": the place is the ambassador's

        var firstWord = FirstWordOfSegment(segments, segment);
        var agents = ParticipantFilters.AgentStart(tokens, m);
        if (agents is not null) m.RefersToGroup = false;
        var listEnd = -1; // where the last participant named after the reference ends
        var amongFrom = RollAmongThePeopleMet.StartAfter(tokens, m.TokenEnd);
        foreach (var person in people)
        {
            var inWindow = Near(person.TokenStart) ||
                           // "A, B, C and D": a list that began inside the window is read to its end.
                           listEnd >= 0 && (ClauseSegments.ContinuesList(tokens, listEnd, person.TokenStart) || ClauseSegments.ContinuesListPastAside(tokens, listEnd, person.TokenStart, person.TokenEnd) ||
                                            // "met A, the minister of P; B, the minister of Q; and C": a roll parted by semicolons (see SemicolonRoll).
                                            SemicolonRoll.ContinuesList(tokens, listEnd, person.TokenStart)) &&
                           segments[Math.Min(person.TokenStart, segments.Length - 1)] == segment ||
                           // "Also present at the signing were A, the under-secretary ..., and B, the ambassador ...": a clause about
                           // who attended names its people however long their descriptions run.
                           m.Attendance && person.TokenStart >= m.TokenEnd && segments[Math.Min(person.TokenStart, segments.Length - 1)] == segment &&
                           !ParticipantFilters.InRelativeClauseOfTheList(tokens, m.TokenEnd, person.TokenStart) ||
                           // "signed the accord ... together with A, B and C": the subject's companions, to the clause's end.
                           person.TokenStart >= m.TokenEnd && segments[Math.Min(person.TokenStart, segments.Length - 1)] == segment &&
                           !m.Recalled && !m.TimeAnchor && Companions.Includes(tokens, m.TokenEnd, person.TokenStart) && NoteCompanions(m) ||
                           tokens[firstWord].Lower is "who" && person.TokenEnd <= firstWord && person.TokenEnd >= firstWord - 2 ||
                           // "signed ... by Iraq's Transport Minister A, Turkey's Minister of Transport B, ... and D": the whole list of agents.
                           m.PassiveAgentsStart is { } agentsFrom && person.TokenStart >= agentsFrom && segments[Math.Min(person.TokenStart, segments.Length - 1)] == segment ||
                           // "received sixteen fellow presidents, among them A of P, the bloc's chairman, B of Q ...": the partitive roll of the people met.
                           amongFrom is { } rollFrom && person.TokenStart >= rollFrom && segments[Math.Min(person.TokenStart, segments.Length - 1)] == segment &&
                           !ParticipantFilters.InRelativeClauseOfTheList(tokens, rollFrom, person.TokenStart);
            if (!inWindow || !m.AddressesAudience && IsNotParticipant(tokens, person, m)) continue;
            if (m.ThroughItsDocument && (m.PassiveAgentsStart is not { } byAgents || person.TokenStart < byAgents)) continue;
            // "the first talks between X and Y since Z visited": each side of "since" is its own event.
            if (EventBoundary.AcrossSinceClause(tokens, person.TokenStart, m.TokenStart, m.Recalled) ||
                EventBoundary.SubjectOfLaterTimeClause(tokens, person.TokenStart, m.TokenEnd)) continue;
            // "The summit was attended by A, ..., and D": the gathering's roll runs to the clause's end (see GatheringRoll).
            if (agents is { } a && (person.TokenStart < a || person.TokenStart > a + 8 && m.PassiveAgentsStart is null)) continue;
            if (person.TokenStart >= m.TokenEnd && CoordinatedVerbSubject.BeyondNextVerb(tokens, m.TokenEnd, person.TokenStart)) continue;
            if (ParticipantFilters.IsPossessorOfOther(tokens, person, m) || ParticipantFilters.InAnotherClause(tokens, person, m) ||
                ParticipantFilters.IsSpeakerInApposition(tokens, person, m) || ParticipantFilters.IsServedOrRepresented(tokens, person) ||
                ParticipantFilters.ActsUnderAnother(tokens, person) || ParticipantFilters.IsGoneFromTheScene(tokens, person) ||
                OutsideActorOfTheGathering.Applies(tokens, person, m) || PressBriefer.Applies(tokens, person, m) ||
                RemarkFromAfar.Applies(tokens, person) || ToldOfTheEvent.Applies(tokens, person, m)) continue;
            if (IsNegated(tokens, person, m) || StayedAway.Applies(tokens, person, m)) { m.Absent.Add(person.EntityId!); continue; }
            m.Participants[person.EntityId!] = RoleOf(tokens, person, m, m.Participants.GetValueOrDefault(person.EntityId!));
            if (person.TokenStart >= m.TokenEnd) m.ObjectIds.Add(person.EntityId!);
            listEnd = person.TokenEnd;
        }
        // "A, B, C and D attended": the list of subjects read back past the window to its first name.
        // "welcomed Y and his counterparts from A and B - P and Q -": the names of a group noun among the meeting's objects.
        if (m.Participants.Count > 0 && !m.Recalled && !m.TimeAnchor)
            foreach (var named in NamesOfAGroupNoun.Roll(tokens, people, m.TokenEnd, Math.Min(tokens.Count, m.TokenEnd + Window)))
                if (!m.Absent.Contains(named.EntityId!) && segments[Math.Min(named.TokenStart, segments.Length - 1)] == segment)
                {
                    m.Participants.TryAdd(named.EntityId!, RoleOf(tokens, named, m, null));
                    m.ObjectIds.Add(named.EntityId!);
                }
        if (people.FirstOrDefault(p => p.TokenEnd <= m.TokenStart && m.Participants.ContainsKey(p.EntityId!)) is { } firstSubject)
            foreach (var earlier in ListBeforeTheVerb.EarlierNames(tokens, people, firstSubject, m.TokenStart, segments))
                if (!m.Absent.Contains(earlier.EntityId!) && !ParticipantFilters.IsServedOrRepresented(tokens, earlier) && !ParticipantFilters.ActsUnderAnother(tokens, earlier))
                    m.Participants.TryAdd(earlier.EntityId!, m.Participants[firstSubject.EntityId!]);
        if (ClauseSegments.RollWithCountries(tokens, people.Where(p => m.Participants.ContainsKey(p.EntityId!)).ToList())) m.Notes.Add(ClauseSegments.RollWithCountriesNote);
        if (m.Attendance && !m.Recalled && !m.TimeAnchor)
        {
            // "X and Y, the ambassador, were also in the room": a seat's subject ends where its posture or "were" begins.
            var predicate = GuestsAndSeats.PredicateStart(tokens, m.TokenStart) ?? m.TokenStart;
            var roll = VerblessSubjectRoll.People(tokens, people, predicate).Where(p => !m.Absent.Contains(p.EntityId!) && !m.Participants.ContainsKey(p.EntityId!) &&
                                                                                    // "A, the representative of Secretary-General B, attended": B is described.
                                                                                    !ParticipantFilters.IsServedOrRepresented(tokens, p) && !ParticipantFilters.ActsUnderAnother(tokens, p)).ToList();
            foreach (var p in roll) m.Participants[p.EntityId!] = "participant";
            if (roll.Count > 0) m.Notes.Add(VerblessSubjectRoll.Note);
        }
        // "X, who flew in on Monday, met Y": the subject before the relative clause, out of the window's reach.
        if (!m.Recalled && !m.TimeAnchor && ClauseSubject.BeforeRelativeClause(tokens, m.TokenStart) is { } subjectEnd &&
            mentions.FirstOrDefault(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenEnd == subjectEnd) is { } subject &&
            !m.Participants.ContainsKey(subject.EntityId!) && !m.Absent.Contains(subject.EntityId!) &&
            // "A, senior adviser to President B, who ...": B ends the apposition; the relative clause is A's.
            !ParticipantFilters.IsServedOrRepresented(tokens, subject) && !ParticipantFilters.ActsUnderAnother(tokens, subject))
            m.Participants[subject.EntityId!] = RoleOf(tokens, subject, m, null);
        // "X held talks with Y, and met Z separately": the coordinated verb's subject is X, and Y was at the earlier talks.
        if (!m.Recalled && !m.TimeAnchor && m.TokenEnd - m.TokenStart == 1 && MeetingKinds.IsVerb(tokens[m.TokenStart].Text) &&
            CoordinatedVerbSubject.Of(tokens, people, m.TokenStart) is { } shared && !m.Absent.Contains(shared.EntityId!))
        {
            foreach (var earlier in people.Where(p => p.TokenEnd <= m.TokenStart && p != shared && p.EntityId != shared.EntityId && p.TokenStart > shared.TokenEnd))
                m.Participants.Remove(earlier.EntityId!);
            m.Participants.TryAdd(shared.EntityId!, RoleOf(tokens, shared, m, null));
        }
        // "the first meeting of the two since X visited": "the two" are not at X's visit ("since they met" keeps them).
        if (m.Recalled && m.Participants.Count > 0) m.RefersToGroup = false;
        if (m.TimeAnchor)
        {
            // "On the eve of the summit, X held talks with Y": X and Y belong to the talks, not to the summit.
            m.Participants.Clear();
            m.Places.Clear();
            // "X told reporters after the ceremony": the speaker alone was at it (see SpeakerAfterTheEvent).
            if (SpeakerAfterTheEvent.Of(tokens, people, m.TokenStart) is { } speaker)
            {
                m.Participants[speaker.EntityId!] = RoleOf(tokens, speaker, m, null);
                m.Notes.Add(SpeakerAfterTheEvent.Note);
            }
        }
        // "After five days of talks in X, A and B signed": the main clause's people held the talks (see CountedSpanOfTalks).
        if (m.SpanOfTalks)
            foreach (var p in CountedSpanOfTalks.ClausePeople(tokens, m.TokenStart, people, segments))
                if (!m.Absent.Contains(p.EntityId!)) m.Participants.TryAdd(p.EntityId!, RoleOf(tokens, p, m, null));
        // "X held talks with Y, where the two discussed ...": "the two" are the people already named.
        // "the eight were joined by A and B": a counted group is more than the people named, until they number as many.
        if (m.Participants.Count >= Math.Max(2, m.GroupSize ?? 2) && !GroupSubjectBeforeNames.Applies(tokens, m, people, segments)) m.RefersToGroup = false;
        if (m.Participants.Count == 0 && m.Absent.Count == 0 && ClauseSubject.IsCircumstance(tokens, m.TokenStart))
            foreach (var id in ClauseSubject.People(tokens, mentions, m.TokenStart, segments)) m.Participants.TryAdd(id, "participant");
        // "X arrived on Friday and held talks with Y": the clause's subject is the other side of the counterpart named alone.
        if (EncounterSubject.Of(tokens, m, people, segments) is { } side)
        {
            m.Participants[side.EntityId!] = RoleOf(tokens, side, m, null);
            m.Notes.Add(EncounterSubject.Note);
        }
    }

    /// <summary>Whether a comma or semicolon stands in tokens [from, to).</summary>
    private static bool PunctuationBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to && k < tokens.Count; k++)
            if (tokens[k].Text is "," or ";") return true;
        return false;
    }

    /// <summary>
    /// "the men who made the ceremony possible", "helped make the summit possible": "possible" after a making verb credits
    /// those who brought about an event that happened; it does not make the event a possibility (pattern: resultative "make X possible").
    /// </summary>
    private static bool MadePossible(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "possible") return false;
        for (var k = i - 1; k >= 0 && i - k <= 5; k--)
            if (tokens[k].Lower is "made" or "make" or "makes" or "making") return true;
        return false;
    }

    /// <summary>
    /// "Under its terms, negotiations between A and B, including C, are due to begin on March 10": a meeting noun opening its
    /// clause whose own verb, however far after it, is a plan ("are due to", "will", "is expected to") is planned
    /// (pattern: a plan stated by the subject's verb, beyond the cue window).
    /// </summary>
    private static bool SubjectOfAPlan(List<Token> tokens, MeetingMention m, int[] segments)
    {
        if (MeetingKinds.IsVerb(tokens[m.TokenStart].Text)) return false;
        var k = m.TokenStart - 1;
        while (k >= 0 && m.TokenStart - k <= 3 && tokens[k].IsWord && !tokens[k].IsCapitalized) k--;
        if (k >= 0 && tokens[k].Text != ",") return false;
        for (var i = m.TokenEnd; i < tokens.Count && i - m.TokenEnd <= 20 && segments[i] == segments[m.TokenStart]; i++)
        {
            var w = tokens[i].Lower;
            if (w is "who" or "which" or "that" or "where" || MeetingKinds.KindOf(tokens[i].Text, false) is not null) return false;
            if (w is "will" or "'ll") return true;
            if (w is "is" or "are" && i + 1 < tokens.Count && tokens[i + 1].Lower is "due" or "expected" or "scheduled" or "set") return true;
            if (w is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "began" or "ended" or "opened" or "took") return false; // the clause's verb, and no plan
        }
        return false;
    }

    /// <summary>"adviser to X", "X's administration", "X called ... a visit": named near the meeting but not at it.</summary>
    private static bool IsNotParticipant(List<Token> tokens, Mention person, MeetingMention m)
    {
        var before = person.TokenStart - 1;
        if (before >= 1 && tokens[before].Lower is "to" or "of" or "for" && Lexicon.PersonNouns.Contains(tokens[before - 1].Text)) return true;
        var after = person.TokenEnd;
        if (after + 1 < tokens.Count && tokens[after].Text is "'s" or "’s" && GovernmentNouns.Contains(tokens[after + 1].Text)) return true;
        // "X called on Y" pays a visit; "X called the visit historic" only speaks of one.
        var callsOn = tokens[Math.Min(after, tokens.Count - 1)].Lower == "called" && after + 1 < tokens.Count && tokens[after + 1].Lower == "on" ||
                      // "X added their signatures" signs; it is no "X added that ...".
                      after < tokens.Count && SignerForASide.AddedSignatures(tokens, after);
        return person.TokenEnd <= m.TokenStart && after < tokens.Count && Lexicon.SpeechVerbs.Contains(tokens[after].Text) && !callsOn &&
               tokens[after].Lower is "said" or "called" or "told" or "noted" or "added" or "lauded" or "praised";
    }

    private static bool IsNegated(List<Token> tokens, Mention person, MeetingMention m)
    {
        if (person.TokenEnd > m.TokenStart) return false;
        for (var i = person.TokenEnd; i < m.TokenStart; i++)
            if (Negations.Contains(tokens[i].Text) && m.TokenStart - i <= 6)
            {
                if (!ClosedRelativeClause(tokens, i, m.TokenStart)) return true;
                if (!m.Notes.Contains(NegationInRelativeClauseNote)) m.Notes.Add(NegationInRelativeClauseNote);
            }
        return false;
    }

    /// <summary>
    /// "X, who did not sign, attended as chairman": a negation inside a relative clause closed by a comma before the verb
    /// denies the clause's own verb, not the attendance after it (pattern: negation scoped to its relative clause).
    /// </summary>
    private const string NegationInRelativeClauseNote = "negation inside a closed relative clause: the attendance stands";

    private static bool ClosedRelativeClause(List<Token> tokens, int negation, int trigger)
    {
        var closed = false;
        for (var k = negation + 1; k < trigger; k++) closed |= tokens[k].Text == ",";
        if (!closed) return false;
        for (var k = negation - 1; k >= 1 && negation - k <= 4; k--)
            if (tokens[k].Lower is "who" or "which" && tokens[k - 1].Text == ",") return true;
        return false;
    }

    private static string RoleOf(List<Token> tokens, Mention person, MeetingMention m, string? current)
    {
        var trigger = tokens[m.TokenStart].Lower;
        var byFollows = m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Lower == "by";
        var after = person.TokenStart >= m.TokenEnd;
        string role;
        // "X welcomed Y to the capital for talks": the reference runs from the hosting verb to the talks, so the guest
        // named inside it stands after the verb, which is what tells host from guest.
        if (trigger is "hosted" or "hosts" or "host" or "welcomed" or "received" or "receives" && !byFollows) after = person.TokenStart > m.TokenStart;
        if (trigger is "hosted" or "received" && byFollows) role = after ? "host" : "guest";
        else if (trigger is "hosted" or "hosts" or "host" or "welcomed" or "received" or "receives") role = after ? "guest" : "host";
        else if (trigger is "visit" or "visited" or "trip" && after && tokens.Skip(m.TokenEnd).Take(person.TokenStart - m.TokenEnd).Any(t => t.Lower == "by")) role = "guest";
        else if (trigger is "visit" or "trip" && InvitationBefore(tokens, m) is { } invited && person.TokenStart < m.TokenStart)
            role = person.TokenStart < invited ? "host" : "guest";
        // "X hosted Y at a state luncheon": the hosting verb's subject gives the meal, its object is the guest (HostedAtAMeal).
        else if (person.TokenStart < m.TokenStart && HostedAtAMeal.VerbOf(tokens, m) is { } host) role = person.TokenStart < host ? "host" : "guest";
        // "X gave a state banquet for Y": giving a meal is hosting it (GaveAMeal).
        else if (GaveAMeal.VerbOf(tokens, m) is { } giver && GaveAMeal.RoleOf(tokens, person.TokenStart, person.TokenEnd, giver) is { } given) role = given;
        else role = "participant";
        return current is "host" or "guest" && role == "participant" ? current : role;
    }

    /// <summary>
    /// "X invited Y to a state visit": the inviter hosts and the one invited is the guest. Returns where the inviting
    /// verb stands, when it opens the visit's clause within a few words.
    /// </summary>
    private static int? InvitationBefore(List<Token> tokens, MeetingMention m)
    {
        for (var k = m.TokenStart - 1; k >= 0 && m.TokenStart - k <= 12; k--)
        {
            if (tokens[k].Text is ";" or ":" || tokens[k].Lower is "and" or "but" or "who" or "which" or "while") return null;
            if (tokens[k].Lower is "invited" or "invites" or "invite" or "inviting") return k;
        }
        return null;
    }

    /// <summary>Each date goes to the nearest meeting reference, unless a relative clause ("which falls on") separates them.</summary>
    private static void AssignDates(Sentence sentence, List<MeetingMention> found, IReadOnlyList<DateExpression> dates, int[] segments)
    {
        if (found.Count == 0) return;
        dates = WeekdayWithItsDate.Join(sentence.Tokens, dates);
        // The closest date first: "will host next year's summit ... next month" dates the summit by its own words.
        foreach (var date in dates.OrderBy(d => found.Min(m => DateReach.Distance(m, d))))
        {
            // Loops rather than Where/OrderBy: this runs for every date of every sentence with a gathering.
            var candidates = new List<MeetingMention>(found.Count);
            MeetingMention? nearest = null;
            foreach (var m in found)
            {
                if (DateReach.OfAnEarlierPredicate(sentence.Tokens, date, m, dates, segments) || DateReach.LeftInARelativeClause(sentence.Tokens, date, m) ||
                    DateReach.Restates(sentence.Tokens, date, m, found) || DateReach.IntentBeyondTheDate(sentence.Tokens, date, m) ||
                    DateReach.ModifiesItsOwnNoun(sentence.Tokens, date, m) || QuotedDate.Apart(sentence.Tokens, date, m) ||
                    ArrivalDay.Of(sentence.Tokens, date, m) || SayingDay.Apart(sentence.Tokens, date, dates)) continue;
                candidates.Add(m);
                // The first of the closest, as a stable sort would give.
                if (nearest is null || DateReach.Distance(m, date) < DateReach.Distance(nearest, date)) nearest = m;
            }
            if (nearest is not null && DateReach.ClauseBefore(sentence.Tokens, date, nearest, candidates.Where(m => m.Date is null)) is { } before)
            {
                nearest = before;
                before.Notes.Add(DateReach.ClosingDateNote);
            }
            // "On Sunday, the eve of the summit, X held talks": a time anchor in apposition to an opening date only restates
            // it; the date is the day of the event the clause reports (pattern: the anchor names a gathering to date another).
            if (nearest is { TimeAnchor: true } && date.TokenEnd <= nearest.TokenStart &&
                candidates.FirstOrDefault(c => c is { TimeAnchor: false, Date: null } && c.TokenStart > nearest.TokenEnd) is { } reported)
            {
                // The anchor keeps the date too, so that, dated and naming no one, it stays out of the clustering.
                reported.Date = date;
                reported.Notes.Add("date told before the time anchor: the reported event's day");
            }
            if (nearest is null || Distance(nearest, date.TokenStart) > DateReach.ReachOf(sentence.Tokens, date) || nearest.Date is not null || DurationDate.Of(sentence.Tokens, date)) continue;
            if (DocumentsOwnYear.Of(sentence.Tokens, date))
            {
                nearest.Notes.Add(DocumentsOwnYear.Note);
                continue;
            }
            if (DeadlineDate.Of(sentence.Tokens, date))
            {
                nearest.Notes.Add(DeadlineDate.Note);
                continue;
            }
            // "Jordan, which signed its treaty in 1994, stayed away; its king travelled to X for talks": a semicolon or a spaced
            // dash ends the clause the date belongs to (pattern: a date does not cross a clause boundary).
            if (segments[Math.Min(date.TokenStart, segments.Length - 1)] != segments[Math.Min(nearest.TokenStart, segments.Length - 1)]) continue;
            var lo = Math.Min(nearest.TokenEnd, date.TokenEnd);
            var hi = Math.Max(nearest.TokenStart, date.TokenStart);
            // "attending the summit before Trump returns in January": a date across a time clause belongs to that clause.
            if (sentence.Tokens.Skip(lo).Take(Math.Max(0, hi - lo)).Any(t => t.Lower is "which" or "when" or "since" or "before" or "after" or "until") && !IsDateOfWhenClause(sentence.Tokens, date, nearest)) continue;
            if (InsideASinceClauseBefore(sentence.Tokens, date, nearest))
            {
                nearest.Notes.Add("date inside a since-clause before it: the earlier event's day");
                continue;
            }
            if (DateReach.AcrossAWhoClause(sentence.Tokens, date, nearest))
            {
                nearest.Notes.Add(DateReach.WhoClauseNote);
                continue;
            }
            // "visited the memorial, where the senator's plane was shot down in 1967": a date inside a where-clause told after
            // the reference tells what happened at the place, not when the reference took place.
            if (date.TokenStart >= nearest.TokenEnd && WhereClauseBetween(sentence.Tokens, nearest.TokenEnd, date.TokenStart))
            {
                nearest.Notes.Add("date of a where-clause after it: what happened at the place");
                continue;
            }
            nearest.Date = date;
        }
        // "met separately with A and B on Monday": the meetings split from one reference share its date.
        foreach (var m in found)
        {
            if (m.Date is not null) continue;
            foreach (var o in found)
                if (o.Date is not null && o.TokenStart == m.TokenStart && o.TokenEnd == m.TokenEnd) { m.Date = o.Date; break; }
        }
    }

    /// <summary>
    /// "held talks with X, the first since Z quit the pact in June, and met Y separately": a date
    /// inside a since-clause dates the earlier event that clause tells, never a meeting told after the clause ends (pattern:
    /// the scope of a since-clause; the clause runs from "since" to the next comma, and a clause coordinated after it is the later event's).
    /// </summary>
    private static bool InsideASinceClauseBefore(List<Token> tokens, DateExpression date, MeetingMention m)
    {
        if (m.TokenStart < date.TokenEnd) return false;
        var since = -1;
        for (var k = date.TokenStart - 1; k >= 0 && tokens[k].Text is not ("," or ";" or ":" or "(" or "—" or "–"); k--)
            if (tokens[k].Lower == "since") { since = k; break; }
        if (since < 0) return false;
        // Only a clause coordinated after it (", and met Y"): "since X and Y negotiated in 1945, talks that produced ..." renames the
        // clause's own event in apposition, which keeps the date.
        for (var k = date.TokenEnd; k + 1 < m.TokenStart; k++)
            if (tokens[k].Text is "," or ";" && tokens[k + 1].Lower is "and" or "but" or "then") return true;
        return false;
    }

    private static bool WhereClauseBetween(List<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(1, from); k < to; k++)
            if (tokens[k].Lower == "where" && tokens[k - 1].Text == ",") return true;
        return false;
    }

    /// <summary>"in March last year, when X flew to Tokyo for a summit": the when-clause tells what happened on that date.</summary>
    private static bool IsDateOfWhenClause(List<Token> tokens, DateExpression date, MeetingMention meeting)
    {
        if (date.TokenEnd > meeting.TokenStart) return false;
        var next = date.TokenEnd < tokens.Count && tokens[date.TokenEnd].Text == "," ? date.TokenEnd + 1 : date.TokenEnd;
        if (next >= tokens.Count || tokens[next].Lower != "when") return false;
        // Only when no other clause boundary lies between the when-clause and the meeting.
        return !tokens.Skip(next + 1).Take(meeting.TokenStart - next - 1).Any(t => t.Lower is "which" or "when" or "since" || t.Text is ";");
    }


    /// <summary>
    /// "met in Lyon before flying to Brazil for the G20": each place belongs to the nearest meeting reference that takes it.
    /// A nearer reference that does not take the place ("accorded a guard of honour before proceeding to the State House,
    /// where the president welcomed her": a ceremony is not led to a place by "to") leaves it to the next one (pattern: the
    /// place of a where-clause or a destination beside a reference that cannot hold it).
    /// </summary>
    private static void KeepPlacesWithNearestMeeting(List<MeetingMention> found)
    {
        if (found.Count < 2) return;
        var claims = found.ToDictionary(m => m, m => m.Places.ToList());
        foreach (var m in found)
            m.Places.RemoveAll(p => found.Any(other => other != m && claims[other].Contains(p) && Distance(other, p.TokenStart) < Distance(m, p.TokenStart)));
    }

    private static int Distance(MeetingMention m, int index) =>
        index < m.TokenStart ? m.TokenStart - index : index >= m.TokenEnd ? index - m.TokenEnd + 1 : 0;


    private static int FirstWordOfSegment(int[] segments, int segment)
    {
        var first = Array.IndexOf(segments, segment);
        return segment > 0 && first + 1 < segments.Length ? first + 1 : Math.Max(0, first);
    }
}
