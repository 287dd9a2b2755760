using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two presidents agreed the last clauses by phone in April. Once the ceremony was over, the two presidents held talks
/// over lunch": a group word that "held talks" or "met" tells the pair face to face, so the talks are an encounter of
/// their own, not more of the call told before, though the group's people are the call's (the pattern: "held talks", "met"
/// name a meeting in one room; a call is told as a call). "The two leaders discussed trade" after a call still joins it.
/// </summary>
internal static class GroupHeldTalksInPerson
{
    /// <summary>Whether the reference is a group's "held talks"/"met" that must not join a phone call.</summary>
    public static bool KeepsApartFromCall(Meeting meeting, MeetingMention m)
    {
        if (meeting.Kind != MeetingKinds.PhoneCall || m.Kind != MeetingKinds.Talks || !m.RefersToGroup || m.Attendance) return false;
        var tokens = m.Sentence.Tokens;
        var start = m.TokenStart;
        if (start >= tokens.Count) return false;
        // "met" / "held talks" / "held a meeting": the trigger and the verb before it.
        if (tokens[start].Lower == "met") return !RemoteAfter(tokens, start);
        if (tokens[start].Lower is not ("talks" or "meeting")) return false;
        for (var k = start - 1; k >= 0 && k >= start - 3; k--)
            if (tokens[k].Lower is "held" or "hold" or "holding") return !RemoteAfter(tokens, start);
        return false;
    }

    /// <summary>"held talks by video link", "met over the phone": a remote medium after the trigger keeps it a call.</summary>
    private static bool RemoteAfter(List<Token> tokens, int start)
    {
        for (var k = start + 1; k < tokens.Count && k <= start + 5; k++)
            if (tokens[k].Lower is "phone" or "telephone" or "video" or "videoconference" or "virtually" or "online" or "remotely") return true;
        return false;
    }
}
