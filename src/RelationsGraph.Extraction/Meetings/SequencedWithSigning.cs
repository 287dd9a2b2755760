using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "A and B signed the accord at the palace. The visitors then held talks with C", "C received the delegations in audience
/// before the signing", "they held talks, after which the ministers signed": talks that the text orders before or after a
/// signing are another occasion of that day, not the signing told again, even when the same people take part
/// (pattern: a narrative sequence — then, afterwards, before/after the signing — tells events apart).
/// </summary>
internal static class SequencedWithSigning
{
    public const string Note = "talks told in sequence with the signing: an occasion of their own";

    /// <summary>True when a talks reference and a signing (either way round) must stay apart because the text sequences them.</summary>
    public static bool KeepsApart(Meeting meeting, MeetingMention m)
    {
        var apart = meeting.Kind == MeetingKinds.Signing && m.Kind == MeetingKinds.Talks && IsTalksWord(m) && Sequenced(m) ||
                    meeting.Kind == MeetingKinds.Talks && m.Kind == MeetingKinds.Signing && SignedAfterward(m);
        if (apart && !m.Notes.Contains(Note)) m.Notes.Add(Note);
        return apart;
    }

    /// <summary>Talks told by a word of talks ("talks", "met", "audience"), not an attendance verb ("was present").</summary>
    private static bool IsTalksWord(MeetingMention m) => !m.Attendance && m.NamesKind(MeetingKinds.Talks);

    /// <summary>
    /// "then held talks", "afterwards met", "later met": an adverb of sequence just before the reference; "talks ... before the signing",
    /// "met X after the ceremony": a time connective after it whose object is the signing or ceremony.
    /// </summary>
    private static bool Sequenced(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        for (var i = Math.Max(0, m.TokenStart - 3); i < m.TokenStart; i++)
            if (tokens[i].Lower is "afterwards" or "afterward" or "subsequently" or "later" or "earlier" ||
                tokens[i].Lower == "then" && i + 1 < tokens.Count && !tokens[i + 1].IsCapitalized && tokens[i + 1].Text != "-")
                return true;
        for (var i = m.TokenEnd; i < tokens.Count && i < m.TokenEnd + 15; i++)
        {
            if (tokens[i].Text is "." or ";") break;
            if (tokens[i].Lower is not ("before" or "after")) continue;
            for (var j = i + 1; j < tokens.Count && j <= i + 3; j++)
                if (IsSigningWord(tokens[j])) return true;
        }
        return false;
    }

    /// <summary>"held talks with X, after which the two governments signed": the signing told as following the talks.</summary>
    private static bool SignedAfterward(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        for (var i = Math.Max(1, m.TokenStart - 10); i < m.TokenStart; i++)
            if (tokens[i].Lower == "which" && tokens[i - 1].Lower == "after") return true;
        for (var i = Math.Max(0, m.TokenStart - 3); i < m.TokenStart; i++)
            if (tokens[i].Lower is "afterwards" or "afterward" or "subsequently" or "later" or "earlier" ||
                tokens[i].Lower == "then" && i + 1 < tokens.Count && !tokens[i + 1].IsCapitalized && tokens[i + 1].Text != "-")
                return true;
        return false;
    }

    private static bool IsSigningWord(Token t) => t.Lower is "signing" or "ceremony" or "signature" or "signatures" or "initialling" or "initialing";
}
