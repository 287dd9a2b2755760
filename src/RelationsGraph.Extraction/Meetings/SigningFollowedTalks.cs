using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The signing followed talks between the envoys", "The ceremony came after two days of talks", "The talks were
/// followed by a signing ceremony": a sentence that makes the signing follow the talks (or the talks be followed by it)
/// tells two occasions in order, not the signing told again (pattern: 'follow' / 'come after' / 'be preceded by' with the
/// signing or ceremony on one side and the talks on the other).
/// </summary>
internal static class SigningFollowedTalks
{
    /// <summary>True when the clause around the talks reference orders it against a signing by a verb of following.</summary>
    public static bool Applies(List<Token> tokens, int start, int end) => SigningBefore(tokens, start) || FollowedBySigning(tokens, end);

    /// <summary>"the signing followed [three rounds of] talks", "the ceremony came after talks", "the signing was preceded by talks".</summary>
    private static bool SigningBefore(List<Token> tokens, int start)
    {
        // The verb of following within nine words before the reference ("followed nearly three hours of private talks").
        for (var v = start - 1; v >= 0 && v >= start - 9; v--)
        {
            if (tokens[v].Text is "." or ";" or ",") return false;
            var verb = tokens[v].Lower is "followed" or "follows" ? v :
                tokens[v].Lower == "after" && v > 0 && tokens[v - 1].Lower is "came" or "comes" ? v - 1 :
                tokens[v].Lower == "by" && v > 0 && tokens[v - 1].Lower is "preceded" ? v - 1 : -1;
            if (verb < 0) continue;
            // "followed by" after the signing word is the other order ("the signing, followed by talks" puts the talks later: still apart).
            // The signing word is the subject just before the verb: "The signing followed", "the ceremony was preceded by".
            for (var j = verb - 1; j >= 0 && j >= verb - 3; j--)
            {
                if (tokens[j].Text is "." or ";" or ",") break;
                if (IsSigningWord(tokens[j])) return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>"talks ... were followed by a signing ceremony": 'followed by' after the reference, the signing word within three words of it.</summary>
    private static bool FollowedBySigning(List<Token> tokens, int end)
    {
        for (var i = end; i + 1 < tokens.Count && i < end + 12; i++)
        {
            if (tokens[i].Text is "." or ";") return false;
            if (tokens[i].Lower is not "followed" || tokens[i + 1].Lower != "by") continue;
            for (var j = i + 2; j < tokens.Count && j <= i + 5; j++)
                if (IsSigningWord(tokens[j])) return true;
            return false;
        }
        return false;
    }

    private static bool IsSigningWord(Token t) => t.Lower is "signing" or "ceremony" or "signature" or "signatures" or "initialling" or "initialing";
}
