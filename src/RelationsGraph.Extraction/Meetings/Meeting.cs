using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>One gathering of an article: the meeting references that describe it, merged.</summary>
internal sealed class Meeting
{
    public List<MeetingMention> Mentions { get; } = [];
    public string Kind { get; set; } = MeetingKinds.Talks;
    public Mention? Organization { get; set; }
    public string? Date { get; set; }
    /// <summary>The year an undated summit is taken to belong to (see <see cref="SummitDating"/>).</summary>
    public int? AssumedYear { get; set; }
    /// <summary>What tells one summit of a grouping from another: its date, else the assumed year.</summary>
    public string? DateOrAssumedYear => Date ?? AssumedYear?.ToString("D4");
    public List<Mention> Places { get; } = [];
    /// <summary>Places that end another leg of a journey (see <see cref="AnotherLegsPlace"/>): used only when no other town or venue places it.</summary>
    public HashSet<Mention> PlacesOfAnotherLeg { get; } = [];
    /// <summary>The rule that placed the meeting when its places came from another meeting, for the trace; null for its own words.</summary>
    public string? PlaceRule { get; set; }
    /// <summary>Places a later rule added to the meeting, each with that rule, for the trace.</summary>
    public Dictionary<Mention, string> PlaceRules { get; } = [];
    /// <summary>Person id → role, in order of first appearance.</summary>
    public Dictionary<string, string> Participants { get; } = [];
    /// <summary>Person id → the sentence that puts them there.</summary>
    public Dictionary<string, Sentence> ParticipantEvidence { get; } = [];
    /// <summary>Person id → the rule that brought them from another meeting, for the trace; the default rule otherwise.</summary>
    public Dictionary<string, string> ParticipantRules { get; } = [];
    public HashSet<string> Absent { get; } = [];
    public bool Held { get; set; }
    /// <summary>Made of a reference recalled for comparison ("since X visited Beijing"): nothing else joins it.</summary>
    public bool Recalled { get; init; }
    public bool IsCeremonial => MeetingKinds.IsCeremonial(Kind);

    /// <summary>Why a rule keeps the meeting out of the graph, for the trace; null when it may be kept.</summary>
    public string? NotKeptBecause { get; set; }

    /// <summary>Set once the meeting is an entity.</summary>
    public string? Id { get; set; }

    public void Absorb(MeetingMention m, IReadOnlyDictionary<string, string> participants)
    {
        Mentions.Add(m);
        Kind = Mentions.Count == 1 ? m.Kind : MeetingKinds.MoreSpecific(Kind, m.Kind);
        Organization ??= m.Organization;
        AssumedYear ??= m.AssumedYear;
        if (m.Date?.Value is { } date && (Date is null || date.Length > Date.Length && date.StartsWith(Date, StringComparison.Ordinal))) Date = date;
        foreach (var p in m.Places)
        {
            if (!Places.Any(x => NameKey.Of(x.Canonical ?? x.Surface) == NameKey.Of(p.Canonical ?? p.Surface))) Places.Add(p);
            if (m.PlacesOfAnotherLeg.Contains(p)) PlacesOfAnotherLeg.Add(p);
        }
        foreach (var (id, role) in participants)
        {
            if (!Participants.TryGetValue(id, out var existing) || existing == "participant") Participants[id] = role;
            ParticipantEvidence.TryAdd(id, m.Sentence);
        }
        foreach (var id in m.Absent) Absent.Add(id);
        Held |= !m.Planned;
    }

    /// <summary>
    /// Lets references go to another meeting (see <see cref="FollowUpPlanPlace"/>): the kind, places and date they alone gave
    /// go with them; the people stay.
    /// </summary>
    public void Release(IReadOnlyCollection<MeetingMention> gone)
    {
        Mentions.RemoveAll(gone.Contains);
        Kind = Mentions[0].Kind;
        foreach (var m in Mentions.Skip(1)) Kind = MeetingKinds.MoreSpecific(Kind, m.Kind);
        var kept = Mentions.SelectMany(m => m.Places).Select(p => NameKey.Of(p.Canonical ?? p.Surface)).ToHashSet();
        var goneKeys = gone.SelectMany(m => m.Places).Select(p => NameKey.Of(p.Canonical ?? p.Surface)).Where(k => !kept.Contains(k)).ToHashSet();
        Places.RemoveAll(p => goneKeys.Contains(NameKey.Of(p.Canonical ?? p.Surface)));
        PlacesOfAnotherLeg.RemoveWhere(p => !Places.Contains(p));
        if (gone.Any(m => m.Date?.Value == Date))
        {
            Date = null;
            foreach (var m in Mentions)
                if (m.Date?.Value is { } date && (Date is null || date.Length > Date.Length && date.StartsWith(Date, StringComparison.Ordinal))) Date = date;
        }
        Held = Mentions.Any(m => !m.Planned);
    }

    /// <summary>Told with no place the text places and one person present at most: too little to stand as a gathering of its own
    /// when something else also speaks against it (a lone ceremonial noun, an earlier year).</summary>
    public bool HasNoPlaceAndOnePersonAtMost => !Places.Any(p => p.EntityId is not null) && Participants.Keys.Count(id => !Absent.Contains(id)) <= 1;

    public string? PlaceKey => Places.Count == 0 ? null : NameKey.Of(Places[0].Canonical ?? Places[0].Surface);

    public static bool DatesCompatible(string? a, string? b) =>
        a is null || b is null || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
}
