namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two leaders signed the water accord at the palace on Friday. ... Ruiz had held talks with Okafor on Thursday evening":
/// talks told by their own word ("held talks with", "met") that name their own people are an encounter of the visit's
/// programme, not the signing told again, even when the signers are the ones who talk (pattern: a news account lists the
/// talks and the signing ceremony as two events; only a word pointing back — "the talks", "the two sides" — retells one).
/// </summary>
internal static class TalksBesideSigning
{
    public const string Note = "talks naming their own people beside a signing: an encounter of their own";

    public static bool KeepsApart(Meeting meeting, MeetingMention m)
    {
        if (meeting.Kind != MeetingKinds.Signing || m.Kind != MeetingKinds.Talks) return false;
        if (m.Attendance || m.Signing || m.RefersToGroup || m.Definite || m.Planned || m.TimeAnchor || m.Participants.Count < 2) return false;
        if (!m.NamesKind(MeetingKinds.Talks)) return false;
        if (SettingOfAnother(m)) return false;
        if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
        return true;
    }

    /// <summary>
    /// "signed by the two generals, in a meeting of the working group": talks introduced by a preposition of setting (in, at,
    /// during) are where something else happened, the signing told, not an encounter told on its own; "the envoy for border
    /// negotiations", "flew in for talks": a purpose or a title, not an encounter told.
    /// </summary>
    private static bool SettingOfAnother(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        for (var i = m.TokenStart - 1; i >= 0 && i >= m.TokenStart - 4; i--)
        {
            var word = tokens[i].Lower;
            if (word is "in" or "at" or "during" or "within" or "for") return true;
            if (!(word is "a" or "an" or "the" or "their" or "its" or "his" or "her" || char.IsLetter(tokens[i].Text[0]) && !IsVerbLike(word))) return false;
        }
        return false;
    }

    private static bool IsVerbLike(string word) => word.EndsWith("ed") || word is "held" or "met" or "hold" or "holds" or "had";
}
