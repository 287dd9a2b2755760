using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X and Y signed the memorandum" in a sentence that names no meeting, in a story that reports X's talks
/// with Y: a document concluded in the events reported comes out of the held meeting its signers attended.
/// A ceremony told where the document is signed comes first (see <see cref="CeremonyOfTheSigning"/>); then a signing
/// meeting is preferred, then talks or a summit, then a
/// visit; with no signer at a meeting, the story's gathering told nearest before the concluding sentence.
/// Documents recalled, upheld or of another year keep no producer.
/// </summary>
internal static class ProducingMeeting
{
    /// <param name="countryOf">A person's country, if known: a document its named signers made apart from every meeting of the story is no product of the one told nearest.</param>
    public static void Assign(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings, int? storyYear, ConcludedAtAnotherTime timeApart,
        Func<string, string?>? countryOf = null)
    {
        DetachOtherYears(agreements, storyYear);
        CeremonyOfTheSigning.Assign(agreements, meetings, storyYear);
        var held = meetings.Where(m => m.Id is not null && m.Held && !m.Recalled && !m.IsCeremonial && m.Kind != MeetingKinds.PhoneCall && !timeApart.AfterTheStory(m)).ToList();
        foreach (var agreement in agreements.Where(a => a.ProducedBy is null))
        {
            var concluded = agreement.Mentions.FirstOrDefault(m => m.Concluded && !m.Recalled && !m.Upheld);
            if (concluded is null || agreement.Mentions.Any(m => m.Recalled)) continue;
            var upheldInTheStory = agreement.Mentions.Any(m => m.Upheld);
            if (upheldInTheStory && !UpheldButOfTheStory(agreement, storyYear)) continue;
            var year = agreement.Year ?? storyYear;
            var fitting = held.Where(m => year is null || m.Date is null || m.Date.StartsWith(year.Value.ToString("D4"), StringComparison.Ordinal))
                .Where(m => !timeApart.Apart(concluded.Sentence, m)).ToList();
            // "signed during the visit", "adopted at the end of the summit": the gathering the concluding sentence points back to.
            // A document of its own year is no product of a gathering of another (the story's, when the gathering is undated).
            var sameYear = fitting.Where(m => agreement.Year is null || (YearOf(m) ?? storyYear) == agreement.Year).ToList();
            if (agreement.Mentions.Where(m => m.Concluded).Select(m => (Mention: m, Meeting: MeetingReferredBack.Find(m.Sentence, sameYear))).FirstOrDefault(x => x.Meeting is not null) is { Meeting: { } referred } hit)
            {
                agreement.ProducedBy = referred;
                agreement.ProducedEvidence = hit.Mention.Sentence;
                agreement.ProducedByReference = true;
                continue;
            }
            if (MeetingOfAnotherYearInItsSentence(agreement, concluded, held, storyYear) is { } own)
            {
                agreement.ProducedBy = own;
                agreement.ProducedEvidence = concluded.Sentence;
                continue;
            }
            var candidates = fitting.Where(m => agreement.Signatories.Keys.Any(s => m.Participants.ContainsKey(s) && !m.Absent.Contains(s)))
                .Where(m => !upheldInTheStory || m.Kind == MeetingKinds.Signing).ToList();
            var best = candidates.OrderBy(Preference).ThenByDescending(m => m.Mentions.Count).FirstOrDefault()
                       // "the treaty that Carter and Torrijos signed in 1977": a signing told with only another year is no event of the story.
                       ?? ((agreement.Year is null || agreement.Year == storyYear) && !AgreementGraphBuilder.SetInAnotherYear(concluded.Sentence, storyYear)
                           && !upheldInTheStory ? AdoptedByTheGathering.Prefer(concluded, StoryMeetingAround(concluded.Sentence.Index, sameYear), sameYear) : null);
            if (best is null || candidates.Count == 0 && (countryOf is not null && SignedByOthers(agreement, best, countryOf) || ToldElsewhere(concluded.Sentence, best))) continue;
            agreement.ProducedBy = best;
            agreement.ProducedEvidence = concluded.Sentence;
        }
    }

    /// <summary>
    /// The last word on every producer, once all the rules that link a document to a meeting have run: "Macron and Merz
    /// signed ... recalling the declaration de Gaulle signed in 1963" links the 1963 document to the undated signing of
    /// the story through its signers, which <see cref="DetachOtherYears"/> must undo as it does before (the pattern: a
    /// meeting the story reports undated is of the story's year, and makes no document of another year). Last, a document
    /// signed at a place the sentence names moves to the meeting held there (see <see cref="MoveToThePlaceOfSigning"/>).
    /// </summary>
    public static void CheckYears(IReadOnlyList<Agreement> agreements, int? storyYear, ConcludedAtAnotherTime timeApart,
        IReadOnlyList<Meeting> meetings, Func<Text.Sentence, IReadOnlyList<Entities.Mention>> mentionsOf)
    {
        DetachOtherYears(agreements, storyYear);
        // Whichever rule linked them, a document whose concluding sentence is dated apart from the meeting (see ConcludedAtAnotherTime),
        // or only plans its signing (see PlannedSigning), or whose meeting is dated after the story (see ConcludedAtAnotherTime.AfterTheStory), is not the meeting's product.
        foreach (var agreement in agreements.Where(a => a.ProducedBy is not null && a.ProducedEvidence is not null))
            if (timeApart.Apart(agreement.ProducedEvidence!, agreement.ProducedBy!) || PlannedSigning.Only(agreement.ProducedEvidence!)
                || timeApart.AfterTheStory(agreement.ProducedBy!))
            {
                agreement.ProducedBy = null;
                agreement.ProducedEvidence = null;
                agreement.ProducedByReference = false;
            }
        MoveToThePlaceOfSigning(agreements, meetings, storyYear, mentionsOf);
    }

    /// <summary>
    /// "The accord was signed in Mombasa", linked to talks held in Geneva: the document comes out of the meeting the story
    /// holds at the place of signing (that very place first, then one in its country), else out of none of them (see
    /// <see cref="PlaceOfSigning"/>; the pattern: where a document is signed is where it was made).
    /// </summary>
    private static void MoveToThePlaceOfSigning(IReadOnlyList<Agreement> agreements, IReadOnlyList<Meeting> meetings, int? storyYear,
        Func<Text.Sentence, IReadOnlyList<Entities.Mention>> mentionsOf)
    {
        var documents = agreements.SelectMany(a => a.Mentions).ToList();
        foreach (var agreement in agreements.Where(a => a.ProducedBy is not null && a.ProducedEvidence is not null))
        {
            var evidence = agreement.ProducedEvidence!;
            if (PlaceOfSigning.In(evidence, mentionsOf(evidence), documents) is not { } signedAt || !PlaceOfSigning.Elsewhere(signedAt, agreement.ProducedBy!)) continue;
            var year = agreement.Year ?? storyYear;
            var there = meetings.Where(m => m.Id is not null && m.Held && !m.Recalled && m.Kind != MeetingKinds.PhoneCall
                                            && m.Places.Any(p => p.EntityId is not null) && !PlaceOfSigning.Elsewhere(signedAt, m)
                                            && (year is null || YearOf(m) is not { } y || y == year))
                .OrderBy(m => m.Places.Any(p => p.EntityId == signedAt.EntityId) ? 0 : 1).ThenBy(Preference).FirstOrDefault();
            agreement.ProducedBy = there;
            if (there is null) agreement.ProducedEvidence = null;
            agreement.ProducedByReference = false;
        }
    }

    /// <summary>
    /// "In Geneva, the UN envoy X put out a statement hailing the deal", "he noted that last spring
    /// he had signed, with the Italian minister Y, the agreement": a document whose named signers neither attended the meeting
    /// told nearest nor come from a country of its participants was made by other people, elsewhere (the pattern: the
    /// makers of a document name its making; the meeting told nearest is only a guess for a document no one is said to sign).
    /// </summary>
    private static bool SignedByOthers(Agreement agreement, Meeting meeting, Func<string, string?> countryOf)
    {
        var signers = agreement.Signatories.Keys.Where(s => !agreement.SignedApart.Contains(s)).ToList();
        if (signers.Count == 0) return false;
        var countries = meeting.Participants.Keys.Where(p => !meeting.Absent.Contains(p)).Select(countryOf).OfType<string>().ToHashSet();
        return signers.All(s => !meeting.Participants.ContainsKey(s) && countryOf(s) is { } iso && !countries.Contains(iso));
    }

    /// <summary>
    /// "In Geneva, the UN envoy put out a statement hailing the deal", in a story of talks in
    /// Lima: a sentence that opens by setting its own place, another than the meeting's, tells an act done there, so the
    /// meeting told nearest did not make its document (the pattern: a fronted locative sets the scene of the whole sentence).
    /// </summary>
    internal static bool ToldElsewhere(Text.Sentence sentence, Meeting meeting)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count < 4 || tokens[0].Lower is not ("in" or "at" or "from") || !tokens[1].IsCapitalized) return false;
        var end = 1;
        while (end < tokens.Count && end <= 4 && tokens[end].IsCapitalized && tokens[end].IsWord) end++;
        if (end >= tokens.Count || tokens[end].Text != ",") return false;
        var place = sentence.Text[tokens[1].Start..tokens[end - 1].End];
        var own = meeting.Places.Where(p => p.EntityId is not null).SelectMany(p => new[] { p.Surface, p.Canonical }).OfType<string>().ToList();
        return own.Count > 0 && !own.Any(p => p.Contains(place, StringComparison.OrdinalIgnoreCase) || place.Contains(p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "Among them was a memorandum on farm trade, signed by the two trade ministers", after a paragraph on the leaders'
    /// talks: a document the story reports concluded, told apart from any meeting noun and signed by no one at a meeting,
    /// comes out of the story's gathering told last before it (the pattern: a report tells the meeting, then what it
    /// yielded), else the first told after it.
    /// </summary>
    private static Meeting? StoryMeetingAround(int sentence, IReadOnlyList<Meeting> current)
    {
        static int Last(Meeting m, int upTo) => m.Mentions.Where(x => x.Sentence.Index <= upTo).Select(x => x.Sentence.Index).DefaultIfEmpty(-1).Max();
        return current.Where(m => Last(m, sentence) >= 0).OrderByDescending(m => Last(m, sentence)).ThenBy(Preference).FirstOrDefault()
               ?? current.OrderBy(m => m.Mentions.Min(x => x.Sentence.Index)).FirstOrDefault();
    }

    /// <summary>
    /// "At the summit, leaders recalled the 2014 Fortaleza Declaration": a document dated to another year than the meeting
    /// in whose sentence it is named did not come out of it (the pattern: a product is as old as its meeting). An undated
    /// meeting the story reports as current is in the story's year.
    /// </summary>
    private static void DetachOtherYears(IReadOnlyList<Agreement> agreements, int? storyYear)
    {
        foreach (var agreement in agreements.Where(a => a.ProducedBy is not null && a.Year is not null))
        {
            var meeting = agreement.ProducedBy!;
            var meetingYear = meeting.DateOrAssumedYear is { Length: >= 4 } d && int.TryParse(d[..4], out var y) ? y
                : meeting.Held && !meeting.Recalled ? storyYear : null;
            if (meetingYear is not null && meetingYear != agreement.Year)
            {
                agreement.ProducedBy = null;
                agreement.ProducedEvidence = null;
            }
        }
    }

    /// <summary>
    /// "The agreement was signed in Doha on Saturday ... a declaration issued the same day recommits Washington to the
    /// agreement": a document another text of the story upholds is still the story's own when it is dated to the story's
    /// year and concluded in it (the pattern: only a document of an earlier year is history). A document with no year of its
    /// own that the story concludes is of the story's year too ("X and Y signed the Accord ... both cabinets pledged to uphold
    /// the Accord"). It comes out of the signing its signers attended or the gathering its sentence points back to, never
    /// merely the meeting told nearest.
    /// </summary>
    internal static bool UpheldButOfTheStory(Agreement agreement, int? storyYear) =>
        storyYear is not null && (agreement.Year ?? storyYear) == storyYear && agreement.Mentions.Any(m => m.Concluded && !m.Upheld && !m.Recalled);

    /// <summary>
    /// "The bloc was founded in March at a meeting in Corvana, where nine states signed the Corvana Charter", in a story
    /// of a later summit: an undated document concluded in a sentence that first tells one held meeting and its date, of
    /// another year than the story's, comes out of that meeting, not out of the story's own (the pattern: a document
    /// told after a dated gathering in its sentence is as old as that gathering). A past gathering told after the
    /// document ("the partnership set up in 2013, when X visited Y") only dates an older thing the document builds on.
    /// </summary>
    internal static Meeting? MeetingOfAnotherYearInItsSentence(Agreement agreement, AgreementMention concluded, IReadOnlyList<Meeting> held, int? storyYear)
    {
        if (agreement.Year is not null || storyYear is null) return null;
        var index = concluded.Sentence.Index;
        Meeting? found = null;
        foreach (var m in held)
        {
            if (!m.Mentions.Any(x => x.Sentence.Index == index)) continue;
            if (found is not null) return null;
            found = m;
        }
        return found is not null && found.Mentions.Any(x => x.Sentence.Index == index && x.TokenStart < concluded.TokenStart
                                                       && x.Date is { } date && date.TokenStart < concluded.TokenStart)
               && YearOf(found) is { } y && y != storyYear ? found : null;
    }

    private static int? YearOf(Meeting m) => m.DateOrAssumedYear is { Length: >= 4 } d && int.TryParse(d[..4], out var y) ? y : null;

    private static int Preference(Meeting m) => m.Kind switch
    {
        MeetingKinds.Signing => 0,
        MeetingKinds.Talks or MeetingKinds.Summit or MeetingKinds.Conference => 1,
        _ => 2,
    };
}
