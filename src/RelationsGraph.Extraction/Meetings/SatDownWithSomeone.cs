using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "On Friday the premier sat down with the Orvanian president, X", "A and B sat down together on Monday evening": sitting
/// down with a named person, or together, is a meeting of those people (pattern: "sit down with/together", news's idiom for a
/// face-to-face meeting, told with no meeting noun). Only with a person named right after "with", led by title words (as
/// <see cref="SpokeWithSomeone"/> reads it), so that "sat down with reporters" or "sat down with a cup of tea" tell none;
/// "together" must follow "down" at once. A sitting down "for talks" or "to sign" is the act the sentence names after it.
/// </summary>
internal static class SatDownWithSomeone
{
    public static readonly string[] Verbs = ["sat", "sit", "sits", "sitting"];

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (!Verbs.Contains(tokens[i].Lower) || i + 2 >= tokens.Count || tokens[i + 1].Lower != "down") return false;
        return (tokens[i + 2].Lower == "together" || SpokeWithSomeone.PersonAfterWith(tokens, i + 1, mentions)) && !ForAnActOfItsOwn(tokens, i + 2);
    }

    private const int PurposeReach = 3; // "for their private talks": words after "for" or "to" up to the act's word

    /// <summary>
    /// "sat down with X for talks", "sat down with Y to sign the accord": the sitting down is the talks or the signing the
    /// sentence goes on to name, which tells the meeting by itself.
    /// </summary>
    private static bool ForAnActOfItsOwn(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            if (tokens[k].Lower is not ("for" or "to")) continue;
            for (var j = k + 1; j < tokens.Count && j <= k + PurposeReach; j++)
                if (MeetingKinds.KindOf(tokens[j].Lower, tokens[j].IsCapitalized) is not null || SigningVerb.IsAt(tokens, j)) return true;
        }
        return false;
    }
}
