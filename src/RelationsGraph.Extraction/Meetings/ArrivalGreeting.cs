using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The chancellor was met by a deputy premier on the tarmac", "Minister Orlo welcomed the visitor at Varn airport": being met
/// where the plane lands is the arrival welcome, a ceremony of the visit's programme of the greeter and the guest, not talks with
/// the greeter nor the leaders' talks told later (pattern: visit coverage opens with who stood at the airport, a formality of its own).
/// </summary>
internal static class ArrivalGreeting
{
    public const string Note = "met on arrival at the airport: a welcome ceremony of its own";

    /// <summary>How far after the verb the airport may be told ("met him on the tarmac at Varn International Airport").</summary>
    private const int Reach = 9;

    public static void Apply(List<Token> tokens, List<MeetingMention> found)
    {
        foreach (var m in found)
        {
            if (m.Kind is not (MeetingKinds.Talks or MeetingKinds.Visit) || m.Recalled || !GreetingVerb(tokens[m.TokenStart].Lower)) continue;
            if (!AtTheAirport(tokens, m.TokenEnd)) continue;
            m.Kind = MeetingKinds.Ceremony;
            m.Notes.Add(Note);
        }
    }

    public static bool Is(MeetingMention m) => m.Notes.Contains(Note);

    /// <summary>
    /// The welcome at the airport is not the guard of honour at the palace nor a banquet: an arrival greeting joins only
    /// another account of the greeting, and nothing else joins a gathering told only as one.
    /// </summary>
    public static bool KeepsApart(Meeting meeting, MeetingMention m) => meeting.Mentions.Count > 0 && Is(m) != meeting.Mentions.All(Is);

    private static bool GreetingVerb(string word) => word is "met" or "welcomed" or "received" or "greeted";

    /// <summary>The verb's own clause goes on to the landing place: the tarmac, an airport or airfield, the aircraft's steps.</summary>
    internal static bool AtTheAirport(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + Reach; k++)
        {
            var w = tokens[k].Lower;
            if (w is "," or ";" or "." or "and" or "before" or "after" or "then" or "for" or "to") return false;
            if (w is "tarmac" or "airport" or "airfield" or "airbase" or "planeside") return true;
            if (w == "steps" && k >= 1 && tokens[k - 1].Lower is "aircraft" or "plane" or "aeroplane" or "airplane") return true;
        }
        return false;
    }
}
