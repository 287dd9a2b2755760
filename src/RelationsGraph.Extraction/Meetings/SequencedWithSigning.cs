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
        var apart = meeting.Kind == MeetingKinds.Signing && m.Kind == MeetingKinds.Talks && IsTalksWord(m) && (Sequenced(m) || m.SpanOfTalks) ||
                    meeting.Kind == MeetingKinds.Talks && m.Kind == MeetingKinds.Signing && (SignedAfterward(m) || AfterItsSpanOfTalks(meeting, m));
        if (apart && !m.Notes.Contains(Note)) m.Notes.Add(Note);
        return apart;
    }

    /// <summary>
    /// "A and B signed the declaration at a ceremony ... Ahead of the signing, the two prime ministers talked alone": talks the
    /// text orders against a signing, told by a pair word, are held by the signing's principals, the first two people told at
    /// it from two countries (pattern: the counted group word names the pair just told signing, in the order the story
    /// introduced them). Null when the reference is not such talks or the latest signing has no such pair.
    /// </summary>
    public static IReadOnlyList<string>? PrincipalsOfTheSigning(List<Meeting> meetings, MeetingMention m, Func<string, string?> countryOf)
    {
        if (!m.RefersToPair || m.Attendance || m.Signing || m.Kind != MeetingKinds.Talks || !IsTalksWord(m) || !Sequenced(m)) return null;
        var signing = meetings.LastOrDefault(x => !x.Recalled && x.Kind == MeetingKinds.Signing);
        if (signing is null) return null;
        string? first = null;
        foreach (var id in signing.Participants.Keys)
        {
            if (signing.Absent.Contains(id)) continue;
            if (first is null) { first = id; continue; }
            var a = countryOf(first);
            var b = countryOf(id);
            if (a is not null && b is not null && a != b) return [first, id];
        }
        return null;
    }

    public const string PrincipalsNote = "the pair word of talks ordered against the signing: the signing's principals";

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
        if (OpensWithTheSigning(tokens, m.TokenStart)) return true;
        if (SigningFollowedTalks.Applies(tokens, m.TokenStart, m.TokenEnd)) return true;
        for (var i = m.TokenEnd; i < tokens.Count && i < m.TokenEnd + 15; i++)
        {
            if (tokens[i].Text is "." or ";") break;
            if (tokens[i].Lower is not ("before" or "after")) continue;
            for (var j = i + 1; j < tokens.Count && j <= i + 3; j++)
                if (IsSigningWord(tokens[j])) return true;
        }
        return false;
    }

    /// <summary>
    /// "Before the ceremony, the two leaders held talks at X", "After the signing the presidents met privately": a clause that opens
    /// with a time phrase whose object is the signing or ceremony sets what follows apart from it (pattern: a fronted
    /// before/after/following phrase orders two events). Only the clause's opening counts, so "signed ... after the talks"
    /// (the signing's own sentence) is untouched.
    /// </summary>
    private static bool OpensWithTheSigning(List<Token> tokens, int before)
    {
        var start = 0;
        for (var i = before - 1; i > 0; i--)
            if (tokens[i].Text is ";" or ":") { start = i + 1; break; }
        // "Shortly before the ceremony", "Just after the signing", "Soon after ...": one degree adverb may precede.
        if (start < before && tokens[start].Lower is "shortly" or "just" or "soon" or "immediately" or "right") start++;
        var at = start;
        if (at < before && tokens[at].Lower is "before" or "after" or "following") at++;
        else if (at + 1 < before && tokens[at].Lower is "ahead" or "prior" && tokens[at + 1].Lower is "of" or "to") at += 2;
        else return false;
        // "the ceremony", "the signing ceremony", "Tuesday's signing": the object within the next three words.
        for (var j = at; j < before && j <= at + 3; j++)
        {
            if (tokens[j].Text is "," or ".") return false;
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

    /// <summary>"After five days of talks, A and B signed": the signing follows the talks its sentence counted (see <see cref="CountedSpanOfTalks"/>).</summary>
    private static bool AfterItsSpanOfTalks(Meeting meeting, MeetingMention m) =>
        meeting.Mentions.Exists(x => x.SpanOfTalks && x.Sentence == m.Sentence);

    private static bool IsSigningWord(Token t) => t.Lower is "signing" or "ceremony" or "signature" or "signatures" or "initialling" or "initialing";
}
