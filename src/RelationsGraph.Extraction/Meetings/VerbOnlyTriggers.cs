using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// Meeting references made by a verb alone, with no meeting noun: people signing a document
/// together ("X and Y signed the pact in Manila" — they met to do it), and people attending
/// ("X, Y and Z were among the leaders attending" — the gathering under discussion).
/// </summary>
internal static class VerbOnlyTriggers
{
    /// <summary>"signed"/"inked" with an agreement noun as object and two people on the signing side.</summary>
    public static bool IsJointSigning(List<Token> tokens, int i, IReadOnlyList<Mention> mentions, int[] segments, bool byTitle = true)
    {
        if (!SigningVerb.IsAt(tokens, i)) return false;
        if (IsPassive(tokens, i)) return IsPassiveJointSigning(tokens, i, mentions, segments);
        if (i + 1 < tokens.Count && tokens[i + 1].Lower == "by") return false; // passive: the agreement is the subject
        if (SignsOnBehalf(tokens, i) && OtherSignerLater(tokens, i, mentions, segments)) return true;
        var hasObject = false;
        // "signed the replacement for the North American Free Trade Agreement": the agreement noun may close a long object phrase.
        for (var k = SigningVerb.ObjectStart(tokens, i); k < Math.Min(tokens.Count, i + 12) && !hasObject && tokens[k].Text is not (";" or ":" or "."); k++)
            hasObject = AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null;
        // "A and B signed three agreements in X": several documents signed at a named place (SeveralDocumentsAtOneTable).
        hasObject = hasObject || SeveralDocumentsAtOneTable.AtAPlace(tokens, i, mentions);
        // "the treaty that A and B signed in X": the document before the relative pronoun is the object (see DocumentBeforeItsSigners).
        return (hasObject || DocumentBeforeItsSigners.Applies(tokens, i, byTitle)) && SignedTogether(tokens, i, mentions, segments);
    }

    /// <summary>Two people of the verb's clause before it, or one and a partner after "with" (a method of its own: its closures are made only for a signing of a document).</summary>
    private static bool SignedTogether(List<Token> tokens, int i, IReadOnlyList<Mention> mentions, int[] segments)
    {
        var people = mentions.Where(p => p.Kind == MentionKind.Person && p.EntityId is not null && segments[Math.Min(p.TokenStart, segments.Length - 1)] == segments[i]).ToList();
        var signers = people.Where(p => p.TokenEnd <= i && i - p.TokenEnd <= 20).Select(p => p.EntityId).Distinct().Count();
        var partner = people.Any(p => p.TokenStart > i && p.TokenStart - i <= 12 && p.TokenStart > 0 && tokens[p.TokenStart - 1].Lower == "with" ||
                                      p.TokenStart > i && Companions.Includes(tokens, i + 1, p.TokenStart));
        return signers >= 2 || signers == 1 && partner;
    }

    private static bool IsPassive(List<Token> tokens, int i)
    {
        for (var k = Math.Max(0, i - 2); k < i; k++)
            if (tokens[k].Lower is "was" or "were" or "been" or "be" or "is" or "are") return true;
        return false;
    }

    /// <summary>
    /// "The accord was signed in the palace hall by X and Y": a document signed, passively, by two named people
    /// is a signing they met for. The document is the subject: an agreement noun shortly before the verb.
    /// </summary>
    private const int SubjectReach = 20;

    private static bool IsPassiveJointSigning(List<Token> tokens, int i, IReadOnlyList<Mention> mentions, int[] segments)
    {
        // "The Agreement for the Regulation of Passenger, Personal and Cargo Vehicular Traffic was signed": a document's
        // full title may put its noun far before the verb, so the subject is sought back to the clause's start.
        var hasSubject = false;
        for (var k = i - 1; k >= Math.Max(1, i - SubjectReach) && !hasSubject && tokens[k].Text is not (";" or ":"); k--)
            hasSubject = AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null;
        if (!hasSubject) return false;
        var by = -1;
        for (var k = i + 1; k < Math.Min(tokens.Count, i + 13) && by < 0 && tokens[k].Text is not (";" or ":"); k++)
            if (tokens[k].Lower == "by") by = k;
        if (by < 0) return false;
        return mentions.Where(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenStart > by && p.TokenStart - by <= 30 &&
                                   segments[Math.Min(p.TokenStart, segments.Length - 1)] == segments[i])
            .Select(p => p.EntityId).Distinct().Count() >= 2;
    }

    /// <summary>
    /// "The memorandum was signed in the main hall on Monday by A, B, C and D": where the agents of a passive joint
    /// signing begin (the token after "by"), so that a long list of signers is read to its end; null for any other trigger.
    /// </summary>
    public static int? PassiveAgentsStart(List<Token> tokens, int i)
    {
        if (!SigningVerb.IsAt(tokens, i) || !IsPassive(tokens, i)) return null;
        for (var k = i + 1; k < Math.Min(tokens.Count, i + 13) && tokens[k].Text is not (";" or ":"); k++)
            if (tokens[k].Lower == "by") return k + 1;
        return null;
    }

    /// <summary>"signed for New Delhi", "signed on behalf of the government": a signer acting for one side.</summary>
    private static bool SignsOnBehalf(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && (tokens[i + 1].Lower == "for" || i + 3 < tokens.Count && tokens[i + 1].Lower == "on" && tokens[i + 2].Lower == "behalf");

    /// <summary>"X signed for A, and Y signed for B": each side's signer named before its own verb, so the two signed together.</summary>
    private static bool OtherSignerLater(List<Token> tokens, int i, IReadOnlyList<Mention> mentions, int[] segments)
    {
        var first = mentions.LastOrDefault(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenEnd <= i && i - p.TokenEnd <= 20);
        if (first is null) return false;
        for (var k = i + 1; k < tokens.Count; k++)
        {
            if (!SigningVerb.IsAt(tokens, k) || segments[Math.Min(k, segments.Length - 1)] != segments[i]) continue;
            var k2 = k;
            return mentions.Any(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.EntityId != first.EntityId && p.TokenStart > i && p.TokenEnd <= k2);
        }
        return false;
    }

    /// <summary>Acts people attend that no meeting noun names: a signing, a handover of documents, a swearing-in.</summary>
    private static readonly FrozenDictionary<string, string> AttendedActs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["signing"] = MeetingKinds.Signing, ["signings"] = MeetingKinds.Signing, ["handover"] = MeetingKinds.Ceremony, ["hand-over"] = MeetingKinds.Ceremony,
        ["swearing-in"] = MeetingKinds.Ceremony, ["unveiling"] = MeetingKinds.Ceremony, ["launch"] = MeetingKinds.Ceremony,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "X and Y attended the signing", "Z watched the handover", "present at the signing": the act a participation
    /// verb takes as its object, as a meeting kind (pattern: witnesses of an act are at the ceremony of that act);
    /// null when the object is anything else.
    /// </summary>
    public static string? AttendedAct(List<Token> tokens, int verb) =>
        AttendedActAt(tokens, verb) is { } k ? AttendedActs[tokens[k].Text] : null;

    /// <summary>
    /// "Among those gathered in the hall for the signing were A and B", "Among the guests at the handover was C":
    /// an inverted roll call whose opening clause names the act its people came for is a roll of that act's onlookers, as
    /// "watched the signing" is (pattern: the act named between "among" and the copula that opens the names). Null when
    /// the opening clause names no act.
    /// </summary>
    public static string? ActOfTheRoll(List<Token> tokens, int among)
    {
        for (var k = among + 2; k < tokens.Count && k - among <= 16 && tokens[k].Text is not ("," or ";" or ":"); k++)
        {
            if (tokens[k].Lower is "were" or "was" or "are" or "is" && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized) return null;
            if (AttendedActs.TryGetValue(tokens[k].Text, out var act) && tokens[k - 1].Lower is "the" or "a" or "this" or "that") return act;
        }
        return null;
    }

    /// <summary>Where the act named as the verb's object stands, or null.</summary>
    private static int? AttendedActAt(List<Token> tokens, int verb)
    {
        if (OverseenSigning.ActAt(tokens, verb) is { } overseen) return overseen; // "oversaw the signing of ..."
        var k = verb + 1;
        if (k < tokens.Count && tokens[k].Lower is "at" or "in") k++;
        if (k < tokens.Count && tokens[k].Lower is "the" or "a" or "this" or "that" or "its" or "their") k++;
        return k < tokens.Count && AttendedActs.ContainsKey(tokens[k].Text) ? k : null;
    }

    /// <summary>
    /// "announced the deal, flanked by A, B and C", "There they were joined by D and E", "He was accompanied by F and G",
    /// "escorted by H", "Travelling with her were I and J": the people at one's side, who join one or travel with one, are
    /// where one is (pattern: presence in company, told by a passive of accompaniment or a fronted journey with someone). True at "by"; a call
    /// or a video link ("joined by video") is no company in the room.
    /// </summary>
    public static bool InCompany(List<Token> tokens, int i) =>
        (tokens[i].Lower == "by" && i > 0 && tokens[i - 1].Lower is "flanked" or "joined" or "accompanied" or "escorted" ||
         // "Travelling with Xi were A and B": the fronted journey in company, its travellers named after the copula.
         tokens[i].Lower == "with" && i == 1 && TravelVerbs.Contains(tokens[0].Text)) &&
        i + 1 < tokens.Count && tokens[i + 1].Lower is not ("video" or "videolink" or "phone" or "telephone" or "teleconference" or "satellite");

    /// <summary>The verbs of journeying in someone's company, as they open a sentence ("Travelling with", "Flying with").</summary>
    private static readonly FrozenSet<string> TravelVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "travelling", "traveling", "travelled", "traveled", "flying", "arriving", "accompanying",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    internal static readonly FrozenSet<string> Postures = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "stood", "standing", "sat", "sitting", "seated", "posed", "posing" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Z stood behind the two leaders as they signed", "W sat beside the prime minister during the talks", "Trump signed
    /// alongside X and Y": someone placed beside, behind or alongside the people of an event is at that event
    /// (pattern: attendance by physical presence, with no meeting word).
    /// </summary>
    private static bool IsPresenceBeside(List<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        var before = i > 0 ? tokens[i - 1].Lower : "";
        // "stood directly behind the leaders", "were seated just behind their principals": a degree adverb between the posture
        // and the preposition places them all the same.
        if (before is "directly" or "just" or "immediately" or "right" && i > 1) before = tokens[i - 2].Lower;
        if (w is "beside" or "behind" or "alongside" && Postures.Contains(before)) return true;
        // "X sat in on the plenary sessions": sitting in on a gathering is being at it as an onlooker.
        if (w == "on" && i >= 2 && tokens[i - 1].Lower == "in" && Postures.Contains(tokens[i - 2].Text)) return true;
        // "X and Y sat with their delegations", "Z sat with the observer delegations": a seat among a delegation of the room.
        if (w == "with" && Postures.Contains(before) && DelegationWithin(tokens, i + 1, i + 5)) return true;
        // "Behind them stood X and Y": the inverted order, the place first and the posture after the pronoun.
        if (w is "beside" or "behind" or "alongside" && i + 2 < tokens.Count && tokens[i + 1].Lower is "them" or "him" or "her" && Postures.Contains(tokens[i + 2].Text))
            return true;
        if (w == "next" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to" && Postures.Contains(before)) return true;
        // "X sat among the observers", "Y stood among the delegates": a seat among the people of the room.
        if (w == "among" && Postures.Contains(before)) return true;
        if (FrontedSeatBesideSomeone(tokens, i) || SeatedAround.IsAt(tokens, i)) return true;
        return w == "alongside" && before is "signed" or "signing" or "appeared" or "appearing";
    }

    /// <summary>
    /// "Alongside Mr Okoro sat A, B and C", "Beside the president stood D", "Next to her sat E": the place beside someone
    /// fronted, the posture after it and the people seated there named after the posture (pattern: inverted seating beside a
    /// person, the one beside them named by a short name or pronoun). True at the fronted preposition.
    /// </summary>
    private static bool FrontedSeatBesideSomeone(List<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        if (w is not ("alongside" or "beside" or "behind") && !(w == "next" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to")) return false;
        if (!(i == 0 || i == 1 && tokens[0].Lower is "also" or "and")) return false;
        var from = w == "next" ? i + 2 : i + 1;
        for (var k = from; k < tokens.Count - 1 && k - from <= 5; k++)
        {
            if (Postures.Contains(tokens[k].Text)) return k > from && tokens[k + 1].IsCapitalized;
            if (!tokens[k].IsCapitalized && tokens[k].Lower is not ("the" or "him" or "her" or "them" or "'s" or "’s")) return false;
        }
        return false;
    }

    internal static readonly FrozenSet<string> AudienceNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "leaders", "delegates", "delegations", "hall", "ministers", "assembly", "participants", "heads" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> AddressVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "told", "tells", "addressed", "addressing", "addresses", "address", "briefed", "urged", "thanked", "assured", "warned", "reminded", "hosting", "greeted", "greeting" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> AudienceFillers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "fellow", "visiting", "assembled", "gathered", "other", "its", "their", "his", "her", "alliance", "bloc", "'s", "’s" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Kagame told fellow leaders that ...", "X addressed the delegates", "Y thanked the assembled heads of state": someone
    /// speaking to the people of a gathering is at it (pattern: attendance by addressing the audience). True at the audience noun.
    /// </summary>
    public static bool IsAudience(List<Token> tokens, int i)
    {
        if (!AudienceNouns.Contains(tokens[i].Text)) return false;
        for (var k = i - 1; k >= 0 && i - k <= 4; k--)
        {
            if (AddressVerbs.Contains(tokens[k].Text)) return true;
            if (!AudienceFillers.Contains(tokens[k].Text)) return false;
        }
        return false;
    }

    private static readonly FrozenSet<string> SittingFillers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "opening", "closing", "final", "first", "plenary", "summit's", "full" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "X told the closing session that ...", "Y addressed the summit", "Z addressed the opening plenary": the speaker
    /// stands before the gathering's own sitting, so is at it (pattern: attendance by addressing the gathering itself,
    /// the meeting noun as the audience). True at the meeting noun.
    /// </summary>
    public static bool AddressesTheGathering(List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && i - k <= 4; k--)
        {
            if (AddressVerbs.Contains(tokens[k].Text)) return tokens[k].Lower is not ("hosting" or "urged" or "warned" or "reminded");
            if (!AudienceFillers.Contains(tokens[k].Text) && !SittingFillers.Contains(tokens[k].Text)) return false;
        }
        return false;
    }

    /// <summary>
    /// "Wong attended the signing. So did the Cook Islands Prime Minister, Mark Brown.": a sentence opening with "So did"
    /// repeats the previous sentence's verb for new people (pattern: elliptical attendance). True at "did".
    /// </summary>
    public static bool IsEllipsis(List<Token> tokens, int i) =>
        i == 1 && tokens[0].Lower == "so" && tokens[1].Lower is "did" or "was" or "were";

    /// <summary>"attended", "attending", "took part": a participation verb with no meeting noun right after it.</summary>
    public static bool IsAttendance(List<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        var verb = w is "attended" or "attending" or "attend" or "attends" ||
                   w == "part" && i > 0 && tokens[i - 1].Lower is "took" or "taking" or "take" ||
                   // "X also participated": taking part said with its Latin verb.
                   w is "participated" or "participate" or "participates" or "participating" ||
                   // "It was co-chaired by A and B, and brought together C and D": the gathering told before as the roll's subject.
                   GatheringRoll.OfItAt(tokens, i) ||
                   PhotoCaption.IsAt(tokens, i) ||
                   w == "represented" && i + 1 < tokens.Count && tokens[i + 1].Lower == "by" || // "Australia was represented by X"
                   PresidingOfficer.IsAt(tokens, i) || // "X presided.", "with Y presiding"
                   // Witnesses are at the event they witness: "X witnessed the signing", "in the presence of X", "Y looked on".
                   w is "witnessed" or "witnessing" or "watched" or "watching" ||
                   OverseenSigning.IsAt(tokens, i) || // "X and Y oversaw / presided over the signing of ..."
                   // "leaders who came to witness it", "flew in to watch the signing": the purpose of a journey is to be there.
                   w is "witness" or "watch" && i > 0 && tokens[i - 1].Lower == "to" ||
                   w == "presence" && i >= 2 && tokens[i - 1].Lower == "the" && tokens[i - 2].Lower == "in" || InPossessorsPresence(tokens, i) ||
                   w == "on" && i > 0 && tokens[i - 1].Lower is "looked" or "looking" or "look" or "looks" ||
                   InCompany(tokens, i) ||
                   FrontedCompany.IsAt(tokens, i) || // "With him were A and B"
                   FlewIn(tokens, i) ||
                   w == "present" && i > 0 && tokens[i - 1].Lower is "was" or "were" ||
                   // "A and B were also present", "both were all present": the copula with "also", "all" or "both" before "present".
                   w == "present" && i > 1 && tokens[i - 1].Lower is "also" or "all" or "both" && tokens[i - 2].Lower is "was" or "were" ||
                   // "Also present at the signing were X and Y": presence stated before the act it is at.
                   w == "present" && i + 2 < tokens.Count && tokens[i + 1].Lower == "at" ||
                   FrontedPresence(tokens, i) ||
                   IsPresenceBeside(tokens, i) || LeadsOrJoinsADelegation(tokens, i) || GuestsAndSeats.IsRollCall(tokens, i) ||
                   AtSomeonesSide.IsAt(tokens, i) || // "with Y at his side", "were at the premier's side"
                   PlannedArrival.IsAt(tokens, i);
        if (!verb) return false;
        // "X and Y witnessed the signing after their bilateral meeting": the act the verb takes as its object is what they
        // attend; a meeting noun further on belongs to another phrase ("the swearing-in ceremony" is the noun's own reference).
        if (AttendedActAt(tokens, i) is { } act && !(act + 1 < tokens.Count && MeetingKinds.KindOf(tokens[act + 1].Text, false) is not null)) return true;
        // "to take part in the Group of Twenty summit": the noun itself is the reference.
        for (var k = i + 1; k < Math.Min(tokens.Count, i + 9) && tokens[k].Text is not ("," or ";"); k++)
            if (MeetingKinds.KindOf(tokens[k].Text, false) is not null) return false;
        return true;
    }

    /// <summary>
    /// "Also present, and countersigning as witnesses, were A, B and C", "Present beside both teams were D and E": presence
    /// fronted before its copula, with the people after it, whatever else the fronted phrase adds (pattern: inverted presence
    /// "(Also) present ... were/was" + names). True at "present".
    /// </summary>
    private static bool FrontedPresence(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "present" || !(i == 0 || i == 1 && tokens[0].Lower is "also" or "and" or "but")) return false;
        for (var k = i + 1; k < Math.Min(tokens.Count - 1, i + 12); k++)
        {
            if (tokens[k].Text is ";" or ":" or ".") return false;
            if (tokens[k].Lower is "were" or "was") return true;
        }
        return false;
    }

    /// <summary>
    /// "X flew in on Wednesday morning", "Y flew in from Brussels with her energy commissioner": flying in, with no
    /// destination named, is arriving where the gathering under discussion is held, so the traveller is at it (pattern: an
    /// arrival told without a place is attendance of the story's gathering). True at "in".
    /// </summary>
    public static bool FlewIn(List<Token> tokens, int i) =>
        tokens[i].Lower == "in" && i > 0 && tokens[i - 1].Lower is "flew" or "flown" &&
        // "flew in Air Force One", "flew in a military jet", "flew in 1994": a vehicle or a year is no arrival.
        (i + 1 >= tokens.Count || !tokens[i + 1].IsCapitalized && !char.IsDigit(tokens[i + 1].Text[0]) &&
         tokens[i + 1].Lower is not ("a" or "an" or "his" or "her" or "their" or "its"));

    /// <summary>
    /// "signed in Washington in Rubio's presence", "in President Ruto's presence": the possessor of "presence" after "in" is
    /// at the act, as "in the presence of X" says (pattern: presence told with a possessive).
    /// </summary>
    private static bool InPossessorsPresence(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "presence" || i < 3 || tokens[i - 1].Text is not ("'s" or "’s")) return false;
        for (var k = i - 2; k >= 1 && i - k <= 5; k--)
        {
            if (!tokens[k].IsCapitalized) return false;
            if (tokens[k - 1].Lower == "in") return true;
        }
        return false;
    }

    // "Putin's entourage", "the presidential retinue": the people a leader brought along. "led the British teams", "headed the
    // negotiating team", "led the rebel signatories", "was part of the Hamas team": a side's team, its negotiators or its
    // signatories are its delegation told in other words (pattern: leading or joining one side's party at a gathering).
    private static readonly FrozenSet<string> DelegationNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "delegation", "delegations", "side", "entourage", "retinue", "team", "teams", "negotiators", "signatories",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "X, who led the American side", "the Ukrainian delegation was headed by X and included Y and Z": those who lead or
    /// make up a delegation ("were among the Singapore delegation") are at the gathering under discussion (pattern: delegation membership is attendance).
    /// </summary>
    private static bool LeadsOrJoinsADelegation(List<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        if (w is "led" or "headed" or "leads" or "heads")
            // "led his country's delegation", "led the Democratic Republic of Congo's delegation": the owner may run several words.
            return i + 1 < tokens.Count && tokens[i + 1].Lower == "by" ? DelegationWithin(tokens, i - 4, i) : DelegationWithin(tokens, i + 1, i + 9);
        // "stayed on to lead the delegation", "leading the Omani side", "heading the delegation": the other forms of leading one;
        // "will lead a delegation to Lima" is a journey of its own, told by its destination.
        if (w is "lead" or "leading" or "heading") return DelegationWithin(tokens, i + 1, i + 9) && !DelegationGoesTo(tokens, i + 1, i + 9);
        // "X, head of the Kenyan delegation, said": the head of a delegation is with it.
        if (w == "head" && i + 1 < tokens.Count && tokens[i + 1].Lower == "of") return DelegationWithin(tokens, i + 2, i + 7);
        // "A and B were among the Singapore delegation", "attended as members of their delegations": belonging to a delegation.
        if (w == "among") return DelegationWithin(tokens, i + 1, i + 5);
        // "X was in the Maruvian delegation", "Y sat in with the visiting team": being within a delegation is membership;
        // "Z joined the prime minister's delegation": joining one is too ("joined by" is company, read by InCompany).
        if (w == "in" && i > 0 && tokens[i - 1].Lower is "was" or "were" or "sat" or "sitting") return DelegationWithin(tokens, i + 1, i + 6) && !DelegationGoesTo(tokens, i + 1, i + 6);
        if (w is "joined" or "joining" && i + 1 < tokens.Count && tokens[i + 1].Lower != "by") return DelegationWithin(tokens, i + 1, i + 6) && !DelegationGoesTo(tokens, i + 1, i + 6);
        if (w is "members" or "member" && i + 1 < tokens.Count && tokens[i + 1].Lower == "of") return DelegationWithin(tokens, i + 2, i + 6);
        // "X was part of that delegation", "Y is part of the President's entourage": being part of a delegation is membership.
        if (w == "part" && i + 1 < tokens.Count && tokens[i + 1].Lower == "of" && i > 0 && tokens[i - 1].Lower is not ("take" or "took" or "taking" or "takes"))
            return DelegationWithin(tokens, i + 2, i + 7);
        if (DelegationUnderOrIncluding(tokens, i)) return true;
        return w is "included" or "includes" && DelegationWithin(tokens, i - 30, i);
    }

    /// <summary>
    /// "the Ruritanian delegation under Foreign Minister A", "a cross-party delegation including B, C and D": a delegation
    /// noun followed by "under" names its leader, one followed by "including" its members, and both are at the gathering the
    /// delegation came to (pattern: delegation membership told by a preposition, no verb). True at "under" or "including".
    /// </summary>
    private static bool DelegationUnderOrIncluding(List<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        if (w is not ("under" or "including") || i == 0 || i + 1 >= tokens.Count) return false;
        // "the delegation under pressure", "the team under its new coach": the leader is a name or a title, capitalised.
        // "the text was drafted on the Velorian side under X": a side is the party's government, whose work a minister
        // directs at home, no delegation in a room (so neither "side" nor "signatories" counts).
        if (w == "under") return DelegationNouns.Contains(tokens[i - 1].Text) && tokens[i - 1].Lower is not ("side" or "signatories") && tokens[i + 1].IsCapitalized;
        // "a delegation including A", "its team, including B": the noun right before, a comma at most between.
        var k = tokens[i - 1].Text == "," ? i - 2 : i - 1;
        return k >= 0 && DelegationNouns.Contains(tokens[k].Text) && tokens[k].Lower is not ("side" or "signatories");
    }

    /// <summary>A delegation noun in [from, to) followed by "to": the delegation's journey to a destination.</summary>
    private static bool DelegationGoesTo(List<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(0, from); k < Math.Min(tokens.Count - 1, to); k++)
            if (DelegationNouns.Contains(tokens[k].Text) && tokens[k + 1].Lower == "to") return true;
        return false;
    }

    /// <summary>A delegation noun from <paramref name="from"/> up to <paramref name="to"/> (clipped to the sentence).</summary>
    private static bool DelegationWithin(List<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(0, from); k < Math.Min(tokens.Count, to); k++)
            if (DelegationNouns.Contains(tokens[k].Text) || TravellingParty(tokens, k)) return true;
        return false;
    }

    /// <summary>
    /// "Putin's party included A and B", "his party included C": a leader's party, owned by a possessive, is the company
    /// they travel with; "the ruling party" or "the party led by X" is a political party, no delegation.
    /// </summary>
    private static bool TravellingParty(List<Token> tokens, int k) =>
        tokens[k].Lower == "party" && k > 0 && tokens[k - 1].Text is "'s" or "’s" or "his" or "her" or "His" or "Her" &&
        k + 1 < tokens.Count && tokens[k + 1].Lower is "included" or "includes";
}
