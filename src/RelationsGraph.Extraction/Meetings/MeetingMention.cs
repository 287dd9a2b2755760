using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>One sentence's reference to a gathering, before mentions are grouped into meetings.</summary>
internal sealed class MeetingMention
{
    public required Sentence Sentence { get; init; }
    public required int TokenStart { get; init; }
    public int TokenEnd { get; set; }
    public required string Kind { get; set; }
    /// <summary>A grouping whose gathering this is ("G7 summit"), as an organization mention.</summary>
    public Mention? Organization { get; set; }
    public DateExpression? Date { get; set; }
    /// <summary>For an undated summit framed as current or coming: the article's year, used for its id only.</summary>
    public int? AssumedYear { get; set; }
    public string? DateOrAssumedYear => Date?.Value ?? AssumedYear?.ToString("D4");
    /// <summary>Where it happens: place or country mentions, nearest first.</summary>
    public List<Mention> Places { get; } = [];
    /// <summary>Places that end another leg of a journey ("before leaving for X"): used only when nothing else places it.</summary>
    public HashSet<Mention> PlacesOfAnotherLeg { get; } = [];
    /// <summary>Countries whose visit the sentence counts among the visitor's trips ("his third visit to X", see <see cref="CountedVisit"/>).</summary>
    public HashSet<string> CountedCountryIds { get; } = [];
    /// <summary>Places told only as the host of the gathering ("X will host the summit", see <see cref="HostPlace"/>); null when none.</summary>
    public HashSet<Mention>? HostPlaces { get; set; }
    /// <summary>Person entity id → role (host, guest, participant).</summary>
    public Dictionary<string, string> Participants { get; } = [];
    /// <summary>People the sentence says did not take part.</summary>
    public HashSet<string> Absent { get; } = [];
    /// <summary>Participants named after the reference (the object of "met X").</summary>
    public HashSet<string> ObjectIds { get; } = [];
    public bool Planned { get; set; }
    /// <summary>"might", "whether", "resumption of talks": not an event the article reports.</summary>
    public bool Speculative { get; set; }
    /// <summary>"their meeting", "the two leaders": the people of the meeting under discussion.</summary>
    public bool RefersToGroup { get; set; }
    /// <summary>Where the words that refer to the group stand ("the two", "their"), for <see cref="GroupWordReach"/>.</summary>
    public List<int>? GroupWords { get; set; }
    /// <summary>"the two", "the pair", "both leaders": the group under discussion has two people.</summary>
    public bool RefersToPair { get; set; }
    /// <summary>"the three leaders": how many people the group under discussion counts, when a number of three or more says so.</summary>
    public int? GroupSize { get; set; }
    /// <summary>"Envoys sat in the stands. Among them were A and B": a roll of onlookers (see <see cref="RollOfTheOnlookers"/>).</summary>
    public bool OfOnlookers { get; set; }
    /// <summary>"the talks", "that meeting": a reference back to a gathering already described.</summary>
    public bool Definite { get; set; }
    /// <summary>"X attended": a participation verb without a meeting noun, about the gathering under discussion.</summary>
    public bool Attendance { get; init; }
    /// <summary>"X told fellow leaders": the speaker addresses the gathering's audience, so is at it (a speech verb does not exclude them).</summary>
    public bool AddressesAudience { get; init; }
    /// <summary>"So did X": the people join whatever the previous sentence's reference was about.</summary>
    public bool Ellipsis { get; init; }
    /// <summary>"X attended the signing": the kind of act the attendance verb names, so it joins that act, not the summit around it.</summary>
    public string? AttendedAct { get; init; }
    /// <summary>"X and Y signed the pact": people signing together, so meeting.</summary>
    public bool Signing { get; init; }
    /// <summary>"was signed ... by A, B, C and D", "the summit was attended by A, B and C": where the passive's list of signers or
    /// the gathering's roll begins (see <see cref="GatheringRoll"/>); every person after it in the clause is at the event.</summary>
    public int? PassiveAgentsStart { get; set; }
    /// <summary>"the treaty, signed in X on 4 May 1931 by A and B": a signing told through its document (see <see cref="DatedSigningAtAPlace"/>);
    /// only the agents after "by" signed, never the other people of the sentence.</summary>
    public bool ThroughItsDocument { get; init; }
    /// <summary>"the 1920 treaty, signed in X": a signing told through its document and dated only by the year the document's name
    /// writes (see <see cref="DatedSigningAtAPlace.EarlierYearInTheName"/>); a gathering the clause names after it is its own account.</summary>
    public bool DatedByItsName { get; init; }
    /// <summary>"X also met Y": an encounter besides the one already described.</summary>
    public bool Also { get; init; }

    /// <summary>"X, who hosted the talks, signed": the talks are named only to say X's role (see <see cref="HostingRoleClause"/>).</summary>
    public bool RoleOfPerson { get; set; }

    /// <summary>"since X visited Beijing": an earlier event recalled for comparison, never the one reported.</summary>
    public bool Recalled { get; set; }

    /// <summary>"on the eve of the summit": names a meeting only to date something else.</summary>
    public bool TimeAnchor { get; init; }

    /// <summary>"After five days of talks, A and B signed": talks told by their length before the act (see <see cref="CountedSpanOfTalks"/>).</summary>
    public bool SpanOfTalks { get; init; }

    /// <summary>"the ASEAN-India summit": the parties its name joins by a hyphen, a dash or "Plus" (see <see cref="JointGathering"/>).</summary>
    public IReadOnlyList<string>? JointParties { get; init; }

    /// <summary>"the China-GCC summit and the China-Arab States summit": another joint gathering of the sentence shares a party with this one.</summary>
    public bool BesideAnotherJointGathering { get; set; }
    /// <summary>"on the sidelines of ...": its people also attend the larger gathering.</summary>
    public bool OnSidelines { get; init; }
    /// <summary>"X met Y on the sidelines of the summit": the side meeting, told before the gathering its clause names (see <see cref="SideMeetingApart"/>).</summary>
    public bool BesideNamedGathering { get; set; }
    /// <summary>"on the sidelines of the summit": the gathering a side meeting of the same clause was held beside.</summary>
    public bool GatheringOfASideMeeting { get; set; }
    /// <summary>"signed the pact at the AES summit", "held talks during the G20 summit": an event held at a grouping's gathering named later in its clause.</summary>
    public bool AtGathering { get; set; }

    /// <summary>Rules that dated or kept this reference apart, for the trace ("year before the meeting noun").</summary>
    public List<string> Notes { get; } = [];

    /// <summary>
    /// One encounter split off this reference when it tells several apart ("met separately with A and B", "A and B also called
    /// on him"): the same words, kind, time and flags, marked <see cref="Also"/>, with no people or places yet; the caller adds
    /// the participants and places of its part.
    /// </summary>
    public MeetingMention SplitOff() => new()
    {
        Sentence = Sentence, TokenStart = TokenStart, TokenEnd = TokenEnd, Kind = Kind, Organization = Organization,
        Date = Date, Planned = Planned, Speculative = Speculative, Definite = Definite, Attendance = Attendance, AttendedAct = AttendedAct,
        AddressesAudience = AddressesAudience, Ellipsis = Ellipsis, Signing = Signing, Also = true, Recalled = Recalled, TimeAnchor = TimeAnchor,
        OnSidelines = OnSidelines, AtGathering = AtGathering,
    };

    public bool IsCeremonial => MeetingKinds.IsCeremonial(Kind);

    /// <summary>The reference's own words.</summary>
    public IEnumerable<Token> Words => Sentence.Tokens.Skip(TokenStart).Take(TokenEnd - TokenStart);

    /// <summary>Whether the reference's own words name a gathering of this kind, whatever kind the reference took.</summary>
    public bool NamesKind(string kind) => Words.Any(t => MeetingKinds.KindOf(t.Text, false) == kind);

    /// <summary>"in a speech", "the ceremony": the reference's words hold a gathering's noun, not only a verb ("X addressed the legislature").</summary>
    public bool NamesAGatheringNoun => Words.Any(t => MeetingKinds.KindOf(t.Text, false) is not null && !MeetingKinds.IsVerb(t.Text));
}
