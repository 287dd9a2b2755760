using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// The words at which some rule of <see cref="MeetingMentionFinder"/>'s per-word chain can fire. The chain runs about
/// twenty tests on every word of every sentence; all of them are pure and each first asks for one of these words at the
/// position tested, so a word not listed here can skip the chain unchanged in outcome. A rule that comes to fire on a
/// new word must add it here (or the set it reads from).
/// </summary>
internal static class RuleAnchors
{
    private static readonly FrozenSet<string> Words = new HashSet<string>(
        new[]
        {
            // GatheringRoll.StartAt ("was attended by", "brought together"), also read by VerbOnlyTriggers.IsAttendance.
            "attended", "chaired", "co-chaired", "together",
            // TriggerAt beyond the kind words: calls, receiving, welcoming, calling on, exchanges, honours, conferring.
            "phone", "telephone", "video", "conversation", "talks", "visiting", "received", "receives", "welcomed", "welcomes",
            "called", "calls", "call", "conference", "briefing", "ceremony", "exchange", "handover",
            "welcome", "guard", "honour", "honor", "honours", "honors", "salute", "wreath", "wreath-laying", "wreaths",
            "conferred", "confers", "bestowed", "bestows", "bilateral", "round",
            // CallReference, SawSomeone, CountrySentEnvoy.
            "rang", "saw", "sees", "see", "sent", "sends", "dispatched",
            // VerbOnlyTriggers.IsAttendance and the tests it calls (PhotoCaption, InCompany, FlewIn, IsPresenceBeside,
            // LeadsOrJoinsADelegation, GuestsAndSeats.IsRollCall).
            "attending", "attend", "attends", "part", "participated", "participate", "participates", "participating", "left",
            "represented", "witnessed", "witnessing", "watched", "watching", "witness", "watch", "presence", "on", "by", "in",
            "present", "beside", "behind", "alongside", "next", "led", "headed", "leads", "heads", "lead", "leading", "heading", "head", "among", "members", "member",
            "included", "includes", "guests", "took", "taking",
            // LeadsOrJoinsADelegation ("joined the prime minister's delegation"), GuestsAndSeats.TheyIncluded ("they include").
            "joined", "joining", "include",
            // LeadsOrJoinsADelegation: "the delegation under X", "a delegation including Y".
            "under", "including",
            // PlannedArrival ("are due to arrive", "have confirmed their attendance").
            "arrive", "attendance", "participation",
            // AccompaniesSomeone ("A accompanied the president"; "travelled with" anchors at "with").
            "accompanied", "accompanies", "accompany", "accompanying",
            // ArrivalWithNoGoal: "A came, as did B", "C also came".
            "came",
            // IsPresenceBeside: "sat with their delegations".
            "with",
            // AtSomeonesSide: "with Y at his side" (also a seat noun of GuestsAndSeats).
            "side",
            // SigningVerb.IsAt (joint signing, signer for a side, signed at a place) and SignerForASide.AddedSignatures.
            "signed", "inked", "initialled", "initialed", "countersigned", "sign", "added", "adds",
            // DatedSigningAtAPlace: "the accord concluded in X in 1984", "the agreement reached at Y on 3 June 1993".
            "concluded", "reached",
            // EarlierEditionByPronoun ("the last one was held in X").
            "held",
            // CongressOfItsCity ("the Congress of Marvelle").
            "congress",
            // CouncilSittingInATown ("the Orvane European Council", "the Harbour Council in Tollin").
            "council",
            // OnwardLeg: "goes on to Y", "and then to Z".
            "goes", "go", "to",
        }
        .Concat(SpokeWithSomeone.Verbs)
        .Concat(SatDownWithSomeone.Verbs)
        .Concat(MealWithSomeone.Verbs)
        .Concat(MeetingKinds.Words)
        .Concat(TripLeg.TravelVerbs)
        .Concat(PlannedJourney.BaseForms)
        .Concat(PlannedJourney.PresentForms)
        .Concat(LegislatureAddress.Verbs)
        .Concat(InaugurationAct.Verbs)
        .Concat(VerbOnlyTriggers.AudienceNouns)
        .Concat(GuestsAndSeats.SeatNouns)
        .Concat(SigningVerb.PlacingVerbs)
        .Concat(SigningTookPlace.Verbs)
        .Concat(PresidingOfficer.Verbs)
        .Concat(OverseenSigning.Verbs)
        .Concat(SeatedAround.Prepositions)
        .Select(w => w.ToLowerInvariant()),
        StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether some rule may fire at <paramref name="i"/>. The second word always may ("So did X": an ellipsis opens the
    /// sentence), and so may a word with letters beyond ASCII, which the rules' case-insensitive sets may match where
    /// its lowercase form is not listed.
    /// </summary>
    public static bool At(List<Token> tokens, int i) =>
        i == 1 || Words.Contains(tokens[i].Lower) || !System.Text.Ascii.IsValid(tokens[i].Text);
}
