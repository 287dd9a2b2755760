using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The pact builds on the Charter of Amity, which President A and Chancellor B signed in Velm in 1994", "the accord that
/// the two men signed at the border": a relative clause opened right after the document, whose subject names its signers
/// before the verb, tells the document's own signing (the pattern: news writing names who signed an older text in a
/// "which X signed" clause as often as in a ", signed by X" one). The clause runs from the relative word to the signing verb
/// with no other clause, stop or turn between (see <see cref="SignedAtItsOwnSigning"/>, which checks the signers). A clause
/// that dates its signing ("on 18 May") tells an event of its own: a meeting left undated by it has taken in another
/// event's references, so it is not taken for that signing.
/// </summary>
internal static class SignersInARelativeClause
{
    private const int Reach = 14;

    public static bool Tell(AgreementMention document, MeetingMention signing, Meeting meeting)
    {
        if (signing.Date is not null && meeting.Date is null) return false;
        var tokens = document.Sentence.Tokens;
        var k = SignedAtItsOwnSigning.EndOfTitle(document);
        if (k < tokens.Count && tokens[k].Text == ",") k++;
        if (k >= tokens.Count || tokens[k].Lower is not ("which" or "that")) return false;
        if (signing.TokenStart <= k + 1 || signing.TokenStart - k > Reach) return false;
        for (var i = k + 1; i < signing.TokenStart; i++)
            if (tokens[i].Text is ";" or ":" or "." or "(" or ")" or "\"" || tokens[i].Lower is "but" or "while" or "after" or "before" or "when"
                    or "who" or "whose" or "which" or "that" or "had" or "has" or "have" or "would" or "will" or "was" or "were" or "is" or "are")
                return false;
        return true;
    }
}
