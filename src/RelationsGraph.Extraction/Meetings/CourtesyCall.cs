using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Tarvik called on President Omeli at the palace", "paid a courtesy call on the Speaker": calling on someone is an encounter of
/// its own, talks between the caller and the one called on, not the visit it happens in nor other talks the one called on holds
/// (pattern: a call on a person is one event of a programme). It joins only a gathering that already has every one of its people,
/// and other encounters join it only on the same terms.
/// </summary>
internal static class CourtesyCall
{
    public const string Note = "a call on someone: an encounter of its own";

    /// <summary>The reference is the verb or noun "call" followed by "on" and the one called on.</summary>
    public static bool Is(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        return m.TokenStart + 1 < tokens.Count && tokens[m.TokenStart].Lower is "called" or "calls" or "call" && tokens[m.TokenStart + 1].Lower == "on";
    }

    /// <summary>
    /// "called on Japan to keep the thaw", "called on the Council for restraint": the name after "on" is followed by "to" or "for",
    /// an appeal to someone, not a call paid on them (pattern: urging takes an infinitive or "for" after its object).
    /// </summary>
    public static bool IsAppeal(List<Token> tokens, int from)
    {
        var k = from;
        while (k < tokens.Count && (tokens[k].IsCapitalized && tokens[k].IsWord || tokens[k].Lower is "the" or "." or "-")) k++;
        return k < tokens.Count && tokens[k].Lower is "to" or "for";
    }

    /// <summary>A gathering told only as a call on someone.</summary>
    public static bool IsCallOnly(Meeting meeting) => meeting.Mentions.All(Is);

    /// <summary>A call on someone naming a person the gathering does not have is another encounter.</summary>
    public static bool KeepsApart(Meeting meeting, MeetingMention m, IReadOnlyDictionary<string, string> participants)
    {
        // Either side may be the call: a gathering that is a call on someone takes no encounter naming a person new to it either.
        if (participants.Count == 0) return false;
        var isCall = Is(m);
        var meetingIsCall = meeting.Mentions.Any(Is);
        if (!isCall && !meetingIsCall) return false;
        foreach (var id in participants.Keys)
            if (!meeting.Participants.ContainsKey(id))
            {
                if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
                return true;
            }
        return false;
    }
}
