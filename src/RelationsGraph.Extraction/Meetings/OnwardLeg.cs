using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// The onward legs of a traveller's itinerary, told ahead in the present: "she flies on to Y", "the delegates travel on to Y",
/// "he goes on to Y", "from X he flies to Y" (an itinerary from a place already reached), "travels on Friday to Y", and a
/// further destination joined to a leg without a verb of its own, "flies to Y and then to Z", "..., and then on to Z",
/// "is due to travel to Y and to Z" (pattern: a travel verb with an onward particle or a fronted origin, and the ellipsis of
/// the travel verb in a coordinated leg). Each destination is a visit of its own; a trip home ("flies home to X") has no
/// onward particle and stays out.
/// </summary>
internal static class OnwardLeg
{
    /// <summary>Present and base forms that tell a leg only with an onward particle ("goes on to"), never alone ("goes to Parliament").</summary>
    internal static readonly FrozenSet<string> OnwardOnlyForms = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "goes", "go" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OnwardParticles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "on", "onward", "onwards", "next" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a plural present base form that show it is a verb with its subject ("the couple travel", "they fly").</summary>
    private static readonly FrozenSet<string> PluralSubjects = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "they", "we", "both", "couple", "pair", "leaders", "two" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of a journey in any form, after which a coordinated "and then to Z" is a further leg.</summary>
    private static readonly FrozenSet<string> JourneyVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "travel", "travels", "travelled", "traveled", "travelling", "traveling", "fly", "flies", "flew", "flying",
        "go", "goes", "went", "going", "head", "heads", "headed", "heading", "journey", "journeys", "journeyed", "proceed", "proceeds", "proceeded",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public const string Note = "onward leg: a visit to its destination";

    private const int LegReach = 25;

    /// <summary>Whether the travel verb at <paramref name="i"/> (present or base form) tells an onward leg of a schedule.</summary>
    public static bool IsAt(List<Token> tokens, int i)
    {
        var present = PlannedJourney.PresentForms.Contains(tokens[i].Text) || tokens[i].Lower == "goes";
        var baseForm = PlannedJourney.BaseForms.Contains(tokens[i].Text) || tokens[i].Lower == "go";
        if (!present && !baseForm) return false;
        var onward = i + 1 < tokens.Count && OnwardParticles.Contains(tokens[i + 1].Text);
        if (OnwardOnlyForms.Contains(tokens[i].Text) && !(onward && tokens[i + 1].Lower == "on")) return false;
        // "a ban on travel to Y", "to fly on to Y" (a frame PlannedJourney reads): a base form is a present verb only after its subject.
        if (baseForm && !Subject(tokens, i)) return false;
        if (onward) return true;
        if (present && FromOrigin(tokens, i)) return true;
        // "On Thursday the couple travel to Y": the plural present with its day, as the singular.
        return baseForm && PlannedJourney.TimeNear(tokens, i);
    }

    /// <summary>A subject right before a base form: a name, or a plural pronoun or noun.</summary>
    private static bool Subject(List<Token> tokens, int i) =>
        i >= 1 && (tokens[i - 1].IsCapitalized && i - 1 > 0 || PluralSubjects.Contains(tokens[i - 1].Text));

    /// <summary>"From X he flies to Y": the clause opens with the place the itinerary goes on from.</summary>
    private static bool FromOrigin(List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && i - k <= 8; k--)
        {
            if (tokens[k].Text is ";" or ":" or ".") return false;
            if (tokens[k].Lower == "from" && (k == 0 || tokens[k - 1].Text is "," or ";")) return true;
        }
        return false;
    }

    /// <summary>"flies on Friday to Y", "travels tomorrow to Y": the index after a day told between the verb and its "to".</summary>
    public static int AfterDay(List<Token> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].Lower is "today" or "tomorrow" or "tonight") return k + 1;
        if (k + 1 < tokens.Count && tokens[k].Lower == "on" && Lexicon.Weekdays.Contains(tokens[k + 1].Text)) return k + 2;
        if (k + 1 < tokens.Count && tokens[k].Lower == "this" && tokens[k + 1].Lower is "morning" or "afternoon" or "evening") return k + 2;
        return k;
    }

    /// <summary>
    /// Whether "to" at <paramref name="i"/> starts a further leg: "and then to Z", ", then on to Z", "and on to Z", "and to Z", after a
    /// journey to another place told earlier in the clause, with a place right after it and no gathering it goes for.
    /// </summary>
    public static bool FurtherLegAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (tokens[i].Lower != "to" || i < 2) return false;
        var k = i - 1;
        if (tokens[k].Lower == "on") k--;
        var then = tokens[k].Lower == "then";
        if (then) k--;
        if (k < 0 || !(tokens[k].Lower == "and" || then && tokens[k].Text == ",")) return false;
        if (tokens[k].Lower == "and" && k >= 1 && tokens[k - 1].Text == ",") k--;
        return FurtherLegFrom(tokens, i, k, mentions);
    }

    // The rest of the test, apart from its word test, which runs on every word: a lambda over the arguments made a closure on every call.
    private static bool FurtherLegFrom(List<Token> tokens, int i, int k, IReadOnlyList<Mention> mentions)
    {
        var destination = mentions.FirstOrDefault(p => p.Kind is MentionKind.Place or MentionKind.Country && !p.IsDemonym && !p.IsGovernment &&
                                                        (p.TokenStart == i + 1 || p.TokenStart == i + 2 && tokens[i + 1].Lower == "the"));
        var verb = destination is null ? -1 : EarlierLeg(tokens, k);
        if (verb < 0 || ForAnotherEvent(tokens, destination!.TokenEnd)) return false;
        // "to Kyoto and then to Osaka": a further stop in the country of the one before is a stop of the same visit.
        if (SameCountry(mentions.FirstOrDefault(p => p.Kind is MentionKind.Place or MentionKind.Country && p.TokenStart > verb && p.TokenStart < k), destination)) return false;
        for (var j = destination.TokenEnd; j < Math.Min(tokens.Count, destination.TokenEnd + 12) && tokens[j].Text is not (";" or "." or "—"); j++)
            if (MeetingKinds.KindOf(tokens[j].Text, false) is not null || tokens[j].Lower is "signing" or "sign") return false;
        return !PlannedJourney.GatheringWhereItGoes(tokens, destination.TokenEnd);
    }

    /// <summary>The journey verb with its own "to" before <paramref name="end"/>, in the same sentence and not across a semicolon (-1 when none).</summary>
    private static int EarlierLeg(List<Token> tokens, int end)
    {
        for (var v = end - 1; v >= 0 && end - v <= LegReach; v--)
        {
            if (tokens[v].Text is ";" or ":") return -1;
            if (!JourneyVerbs.Contains(tokens[v].Text) || tokens[v].IsCapitalized && v > 0) continue;
            for (var t = v + 1; t < end && t - v <= 6; t++)
                if (tokens[t].Lower == "to") return v;
        }
        return -1;
    }

    /// <summary>"From X he flies to Y" with Y in X's country: a stop within the visit the traveller is on, no visit of its own.</summary>
    public static bool WithinTheOriginsCountry(List<Token> tokens, int i, Mention destination, IReadOnlyList<Mention> mentions)
    {
        for (var k = i - 1; k >= 0 && i - k <= 8 && tokens[k].Text is not (";" or ":" or "."); k--)
            if (tokens[k].Lower == "from")
                return SameCountry(mentions.FirstOrDefault(p => p.Kind is MentionKind.Place or MentionKind.Country && p.TokenStart == k + 1), destination);
        return false;
    }

    private static bool SameCountry(Mention? a, Mention b) => a is { Iso2: { } x } && b.Iso2 is { } y && x == y;

    /// <summary>"flies on to Y for the opening of Z": a leg told with what it goes for is that event's journey, not a visit of its own.</summary>
    public static bool ForAnotherEvent(List<Token> tokens, int destinationEnd) =>
        destinationEnd + 1 < tokens.Count && tokens[destinationEnd].Lower == "for" && tokens[destinationEnd + 1].Lower is "the" or "a" or "an";

    /// <summary>
    /// The travellers of an onward leg are the people told before its journey: not one met at the stop before ("for Y, where Z is
    /// waiting, and goes on to W") nor one met on the earlier leg ("to Y for talks with Z, and then on to W").
    /// </summary>
    public static void KeepTravellers(List<Token> tokens, MeetingMention m, IReadOnlyList<Mention> mentions)
    {
        var verb = tokens[m.TokenStart].Lower == "to" ? EarlierLeg(tokens, m.TokenStart) : m.TokenStart;
        if (verb < 0) return;
        foreach (var id in m.Participants.Keys.ToList())
        {
            var at = mentions.Where(p => p.EntityId == id && p.Kind == MentionKind.Person).Select(p => p.TokenStart).ToList();
            if (at.Count == 0) continue;
            if (at.TrueForAll(k => k > verb && k < m.TokenStart || InWhereClause(tokens, k, m.TokenStart))) m.Participants.Remove(id);
        }
    }

    /// <summary>Whether the word at <paramref name="k"/> stands in a ", where ..." clause closed before <paramref name="end"/>.</summary>
    private static bool InWhereClause(List<Token> tokens, int k, int end)
    {
        for (var j = k - 1; j >= 1; j--)
        {
            if (tokens[j].Text is "," or ";" or ".") return false;
            if (tokens[j].Lower == "where" && tokens[j - 1].Text == ",")
            {
                for (var e = k + 1; e < end; e++)
                    if (tokens[e].Text == ",") return true;
                return false;
            }
        }
        return false;
    }
}
