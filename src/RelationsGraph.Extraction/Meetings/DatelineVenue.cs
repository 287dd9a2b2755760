using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// The dateline city ("LIMA, Nov 15 (Kyodo) --") as the venue of a meeting the story reports as
/// happening now but places nowhere: a wire story is filed from where its news happens. Never used
/// for recalled, planned or phone meetings, nor when a current meeting is placed in another country
/// (a story filed from Seoul about talks in Beijing).
/// </summary>
internal sealed class DatelineVenue(string placeId, string name, string? iso2, DateOnly? published)
{
    /// <summary>A meeting dated this many days before publication is still the news of the story.</summary>
    private const int DaysBeforePublication = 3;

    public string PlaceId { get; } = placeId;
    public string Name { get; } = name;

    /// <summary>The dateline city as a known city, or null when there is no dateline or it names no known place.</summary>
    public static DatelineVenue? Resolve(string? datelinePlace, DateOnly? published, KnowledgeBase knowledge)
    {
        if (string.IsNullOrWhiteSpace(datelinePlace)) return null;
        var city = knowledge.Lookup(datelinePlace).FirstOrDefault(e => e.Kind is GazetteerKind.Place or GazetteerKind.Capital);
        if (city is not null) return new DatelineVenue(EntityRegistry.PlaceId(city.Canonical), city.Canonical, city.Iso2, published);
        // "NAQOURA, Lebanon, Oct 27 (Wire) -": the dateline's form says it is a place even when no list has the town.
        // Its country is unknown, so it places meetings only when no current meeting is placed in any country.
        if (knowledge.Lookup(datelinePlace).Any() || !datelinePlace.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'') || IsMasthead(datelinePlace)) return null;
        var name = string.Join(' ', datelinePlace.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
        return new DatelineVenue(EntityRegistry.PlaceId(name), name, null, published);
    }

    private static readonly FrozenSet<string> PublicationNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Review", "Quarterly", "Monthly", "Weekly", "Daily", "Times", "Post", "Herald", "Journal", "Gazette", "News", "Tribune",
        "Chronicle", "Observer", "Monitor", "Digest", "Ledger", "Bulletin", "Dispatch", "Courier", "Standard", "Notebook", "Brief",
        "Letter", "Wire", "Report", "Record", "Mirror", "Telegraph", "Express", "Sentinel", "Register", "Magazine", "Notes", "Briefing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "VARDAR REVIEW — Politics", "THE DNIEPER QUARTERLY — ONLINE": a masthead in capitals before a dash has a dateline's
    /// form, but a name ending in a publication noun is the outlet, not the town the story was filed from (pattern: the
    /// outlet's name read as the dateline city).
    /// </summary>
    private static bool IsMasthead(string datelinePlace) => PublicationNouns.Contains(datelinePlace.Split(' ')[^1]);

    /// <summary>The meetings this venue is given to: current, held, in person, with no place of their own.</summary>
    public IReadOnlySet<Meeting> Unplaced(IReadOnlyList<Meeting> meetings, IReadOnlyList<IReadOnlyList<Mention>>? mentionsBySentence = null)
    {
        var placed = CurrentOrDueUnplaced(meetings, mentionsBySentence);
        // "met here in 1961": the reporter's "here" places any gathering without a place of its own (see HereAfterTheMeeting).
        placed.UnionWith(meetings.Where(m => !m.Places.Any(p => p.EntityId is not null) && m.Mentions.Any(HereAfterTheMeeting.Of)));
        return placed;
    }

    private HashSet<Meeting> CurrentOrDueUnplaced(IReadOnlyList<Meeting> meetings, IReadOnlyList<IReadOnlyList<Mention>>? mentionsBySentence)
    {
        var current = meetings.Where(IsCurrent).ToList();
        // "Earlier Monday, X addressed the parliament in Jerusalem" in a story filed from Sharm el-Sheikh: a speech or ceremony
        // placed elsewhere is one episode of the day, not proof that the story's gathering is elsewhere.
        // A meeting told after the lead, dated or not ("he had travelled to Delhi a week earlier", "arrived from Kampala, where
        // she had attended a summit on Sunday"), is an earlier leg or a side trip: it is no proof either (pattern: a side trip
        // told late in the story does not move the story's gathering).
        var leadStart = LeadStart(meetings);
        // Only the story's own gathering decides: the current meeting told first. "Putin arrived from Pyongyang, where he had
        // signed a pact with Kim on Wednesday" in the second sentence of a story whose opening talks are unplaced is the trip's
        // earlier leg; while the lead's first gathering has no place elsewhere, the story is filed from where it happens
        // (pattern: the previous or next leg of a tour told in the lead does not move the story's own meetings of the day).
        var opening = current.Where(m => !m.IsCeremonial && m.Mentions.Count > 0).Select(FirstSentence).DefaultIfEmpty(-1).Min();
        var placedElsewhere = current.Any(m => !m.IsCeremonial && m.Mentions.Count > 0 && FirstSentence(m) == opening && FirstSentence(m) < leadStart + LeadSentences && IsPlacedElsewhere(m));
        if (placedElsewhere) return new HashSet<Meeting>();
        if (LeadTellsACall(meetings, leadStart)) return new HashSet<Meeting>();
        // An undated meeting is current only by default: "last met in Lima, on the sidelines of the APEC forum"
        // places its neighbours in the sentence elsewhere too.
        // Only a meeting told wholly in such sentences stays unplaced: one told over several, where one sentence also recalls
        // a trip elsewhere ("the first talks since X visited Stockholm in 2019"), is still the story's gathering.
        // A visit still to come ("met at the venue ahead of a state visit to Britain next month") names where a later trip goes,
        // not where the sentence's other meeting is (pattern: a future trip's place does not move the current meeting).
        var sentencesPlacedElsewhere = meetings
            .Where(m => m.Places.Any(p => p.EntityId is not null) && !m.Places.Any(IsThisCity) && !(m.Kind == MeetingKinds.Visit && IsAfterPublication(m.Date)))
            .SelectMany(m => m.Mentions.Select(x => x.Sentence.Index)).ToHashSet();
        // A planned stop is told beside the trip it belongs to: one told only in sentences that place a gathering elsewhere
        // ("flew on to Hanoi for a state visit, where he is due to hold talks on Thursday") is on that trip.
        var due = meetings.Where(IsDueBeforeTheStoryMovesOn).Where(m => !m.Mentions.All(x => sentencesPlacedElsewhere.Contains(x.Sentence.Index)));
        return current.Concat(due)
            .Where(m => !m.Places.Any(p => p.EntityId is not null) && (m.Date is not null || !m.Mentions.All(x => sentencesPlacedElsewhere.Contains(x.Sentence.Index))))
            .Where(m => mentionsBySentence is null || !TownInItsOwnSentence.PlacesElsewhere(m, mentionsBySentence, iso2))
            .ToHashSet();
    }

    public const string DueStopRule = "dateline city of a meeting due on the filing day or the next, told without a place";

    /// <summary>How many days after publication a planned meeting told without a place is still taken to be in the dateline city.</summary>
    private const int DaysDueAfterPublication = 1;

    /// <summary>
    /// "X is due to meet the prime minister later on Tuesday", "talks with the speaker are scheduled for Wednesday": a meeting
    /// planned for the day the story is filed or the next, told without a place, is one more stop of the visit in the dateline
    /// city (pattern: the rest of a visit's programme). Calls and recalled meetings are left out.
    /// </summary>
    private bool IsDueBeforeTheStoryMovesOn(Meeting meeting) =>
        !meeting.Held && !meeting.Recalled && meeting.Kind != MeetingKinds.PhoneCall && meeting.Date is { Length: 10 } date &&
        published is { } day && DateOnly.TryParseExact(date, "yyyy-MM-dd", out var due) && due >= day && due <= day.AddDays(DaysDueAfterPublication);

    /// <summary>
    /// "signed ... at Peace Square in the capital": a current meeting at a venue of the dateline's country (or of no
    /// known country) is in the dateline city.
    /// </summary>
    public bool HoldsVenueOf(Meeting meeting, Mention venue) =>
        IsCurrent(meeting) && (venue.Iso2 is null || iso2 is null || venue.Iso2 == iso2);

    /// <summary>
    /// "Putin's visit to Mongolia" in a story filed from Ulaanbaatar: a current meeting the text places only in the
    /// dateline's country is in the dateline city (pattern: country named, city given by the dateline).
    /// </summary>
    public bool NarrowsCountry(Meeting meeting, IReadOnlyList<Mention> heldIn) =>
        iso2 is not null && heldIn.Count > 0 && heldIn.All(p => p.Kind == MentionKind.Country && p.Iso2 == iso2) && IsCurrent(meeting);

    /// <summary>Dated to a day, month or year that begins after the story was published: a trip still to come.</summary>
    private bool IsAfterPublication(string? date)
    {
        if (published is not { } day || date is not { Length: >= 4 }) return false;
        var start = date.Length switch { >= 10 => date[..10], >= 7 => date[..7] + "-01", _ => date[..4] + "-01-01" };
        return DateOnly.TryParseExact(start, "yyyy-MM-dd", out var from) && from > day;
    }

    private bool IsPlacedElsewhere(Meeting m) => m.Places.Any(p => p.EntityId is not null && p.Iso2 is not null && (iso2 is null || p.Iso2 != iso2));

    /// <summary>How many opening sentences make the lead, where a story tells its own gathering.</summary>
    private const int LeadSentences = 3;

    private static int FirstSentence(Meeting m) => m.Mentions.Min(x => x.Sentence.Index);

    /// <summary>
    /// A story whose lead tells a telephone or video call is a call readout: it is filed from one caller's office, and the
    /// other meetings it tells (a visit the callers recalled or agreed on, talks of their envoys, a summit they discussed)
    /// were not held in that city (pattern: the dateline of a call readout is where one caller sat, not a venue).
    /// </summary>
    private static bool LeadTellsACall(IReadOnlyList<Meeting> meetings, int leadStart) =>
        meetings.Any(m => m.Kind == MeetingKinds.PhoneCall && m.Mentions.Count > 0 && FirstSentence(m) < leadStart + LeadSentences);

    /// <summary>
    /// Where the lead begins: the first sentence that tells a gathering. A page opens with a masthead, headline, standfirst
    /// and byline ("*By our staff · TOKYO, 30 September*") before the story; counting the lead from the top of the page left
    /// only those lines in it, so a story filed from home about talks abroad gave the home city to the trip's other meetings
    /// (pattern: the dateline is where the reporter sits; the lead, wherever it starts, says where the news happened).
    /// </summary>
    private static int LeadStart(IReadOnlyList<Meeting> meetings) => meetings.Where(m => m.Mentions.Count > 0).Select(FirstSentence).DefaultIfEmpty(0).Min();

    private bool IsThisCity(Mention place) => NameKey.Of(place.Canonical ?? place.Surface) == NameKey.Of(Name);

    private bool IsCurrent(Meeting meeting) =>
        meeting.Held && !meeting.Recalled && meeting.Kind != MeetingKinds.PhoneCall &&
        (meeting.Date is null || IsNearPublication(meeting.Date));

    private bool IsNearPublication(string date) =>
        published is { } day && DateOnly.TryParseExact(date, "yyyy-MM-dd", out var held) &&
        held >= day.AddDays(-DaysBeforePublication) && held <= day.AddDays(1);
}
