using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X met Y before leaving for Busan", "then flew on to Hanoi", "landed at Heathrow on Monday, where ...", "Before departing for
/// New Delhi, he addressed a gathering": a place governed by a verb of arrival or departure is where a journey ends or heads,
/// another leg of the trip, not the place of a meeting told in another clause (pattern: the scope of a motion verb). It is the
/// meeting's place when the journey is told for the meeting ("flew to Nairobi for the summit", "landed in Accra and held talks",
/// "flew to Erbil, where he met X"), and it stays a fallback: such a place is used only when no other town or venue places the
/// meeting.
/// </summary>
internal static class AnotherLegsPlace
{
    /// <summary>Verbs and nouns of a person moving from one place to another, every form (the closed class of arrival and departure);
    /// not "continue", "move" or "proceed", which talks themselves do ("talks moved to Vienna").</summary>
    private static readonly FrozenSet<string> MotionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "arrive", "arrives", "arrived", "arriving", "arrival",
        "land", "lands", "landed", "landing",
        "fly", "flies", "flew", "flown", "flying", "flight",
        "travel", "travels", "travelled", "traveled", "travelling", "traveling",
        "leave", "leaves", "left", "leaving",
        "depart", "departs", "departed", "departing", "departure",
        "return", "returns", "returned", "returning",
        "head", "heads", "headed", "heading",
        "go", "goes", "went", "gone", "going",
        "come", "comes", "came", "coming",
        "drive", "drives", "drove", "driven", "driving",
        "journey", "journeys", "journeyed", "journeying",
        "sail", "sails", "sailed", "sailing",
        "jet", "jets", "jetted", "jetting",
        "route", "way", "bound", // "en route to", "on his way to", "bound for"
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of arriving: the journey's end, told before what happens there.</summary>
    private static readonly FrozenSet<string> ArrivalWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "arrive", "arrives", "arrived", "arriving", "arrival", "land", "lands", "landed", "landing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of leaving: the place they take is where the traveller was; "for" after them names where the traveller goes next.</summary>
    private static readonly FrozenSet<string> DepartureWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing", "departure",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adverbs and particles between a motion verb and its preposition ("flew on to", "went back to", "touched down in").</summary>
    private static readonly FrozenSet<string> Particles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "on", "back", "home", "in", "out", "off", "down", "up", "over", "straight", "directly", "onward", "onwards", "later", "then",
        "again", "together", "first", "briefly",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that step a story on to what came after ("before leaving", "then flew", "flew on to", "and went").</summary>
    private static readonly FrozenSet<string> SequenceWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "before", "then", "after", "afterwards", "afterward", "later", "subsequently", "next", "thereafter", "and", "on", "onward", "onwards",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a sequence word stands between the meeting and the journey's preposition: "paid the return visit in autumn, flying to
    /// Lima" tells the visit's own journey; "met Y before flying on to Z" tells the next one.
    /// </summary>
    private static bool TellsASequence(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (SequenceWords.Contains(tokens[i].Text)) return true;
        return false;
    }

    /// <summary>
    /// "left Lima on Friday, ending a three-day visit", "departed Hanoi after the talks": the place a verb of leaving takes as its
    /// object, with the meeting told after it, is where the traveller was, so a fallback place of that meeting (pattern: the
    /// origin of a departure), used when nothing else places it.
    /// </summary>
    public static bool IsPlaceLeft(List<Token> tokens, int lead, MeetingMention m) =>
        lead >= 0 && lead < m.TokenStart && DepartureWords.Contains(tokens[lead].Text) && !tokens[lead].IsCapitalized && tokens[lead].Lower != "departure";

    /// <summary>What a motion verb makes of a place near a meeting.</summary>
    public enum Leg
    {
        /// <summary>No motion verb governs it, or the journey is told for the meeting ("flew to Tokyo for a summit").</summary>
        None,
        /// <summary>An arrival told before the meeting in another clause ("landed at Gimpo, where he was greeted"): a fallback.</summary>
        Arrival,
        /// <summary>A journey told after the meeting ("met Y before leaving for X", "then flew on to X"): never the meeting's place.</summary>
        Next,
    }

    /// <summary>The leg of the journey the place, introduced by the lead word at <paramref name="lead"/>, ends.</summary>
    public static Leg Of(List<Token> tokens, int lead, Mention place, MeetingMention m)
    {
        if (lead < 1) return Leg.None;
        var k = lead - 1;
        while (k > 0 && lead - k <= 2 && Particles.Contains(tokens[k].Text)) k--;
        if (!MotionWords.Contains(tokens[k].Text) || tokens[k].IsCapitalized && k > 0) return Leg.None;
        if (k >= m.TokenStart && k < m.TokenEnd) return Leg.None; // the reference is the journey itself ("travelled to X")
        if (place.TokenStart >= m.TokenEnd) return k >= m.TokenEnd && TellsASequence(tokens, m.TokenEnd, lead) ? Leg.Next : Leg.None;
        // "left Lima on Friday for Quito, ending a three-day visit": the meeting told after the leaving, in a clause of its own,
        // is the one left behind; where the traveller goes next is another leg (pattern: the destination of a departure).
        if (DepartureWords.Contains(tokens[k].Text) && tokens[lead].Lower == "for" && PunctuationBetween(tokens, place.TokenEnd, m.TokenStart)) return Leg.Next;
        if (!ArrivalWords.Contains(tokens[k].Text)) return Leg.None; // "flew to Tokyo for a summit": the journey's purpose
        // "landed in Accra and held talks", "arrived in Ottawa late on Sunday for an official visit": the arrival leads to the meeting.
        return PunctuationBetween(tokens, place.TokenEnd, m.TokenStart) ? Leg.Arrival : Leg.None;
    }

    private static bool PunctuationBetween(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (tokens[i].Text is "," or ";" or "." or ":" or "—") return true;
        return false;
    }
}
