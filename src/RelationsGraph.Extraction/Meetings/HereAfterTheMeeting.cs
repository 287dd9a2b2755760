using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "VELMORA, June 4 - The two governments signed a border treaty here on Sunday", "the envoys first met here in 1988", "the
/// conference ended here on Friday": in a datelined story the adverb "here" after a meeting's words is the dateline town
/// (pattern: a reporter's "here" is the place the story is filed from). The adverb places the gathering wherever the story
/// tells it, recalled or current; "from here", "here is" do not count, and "here in X" names its own place first.
/// </summary>
internal static class HereAfterTheMeeting
{
    public const string Rule = "'here' after the meeting's words: the dateline town";

    /// <summary>How many words may stand between the meeting's words and "here" ("signed a treaty of friendship here").</summary>
    private const int MaxGap = 8;

    /// <summary>Words before "here" that make it something other than the place of the act ("from here", "came here").</summary>
    private static readonly FrozenSet<string> NotThePlace = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "from", "get", "got", "getting", "came", "come", "comes", "coming", "back", "out",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after "here" that make it a presentative or a pronoun subject ("here is", "here are").</summary>
    private static readonly FrozenSet<string> Presentative = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "'s", "’s", "and",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Clause openers that end the reach of the meeting's words ("talks that diplomats here called frank").</summary>
    private static readonly FrozenSet<string> ClauseOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "where", "when", "while", "as", "because", "but", "and",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when "here" follows the meeting's words in its clause, pointing at the place of the gathering.</summary>
    public static bool Of(MeetingMention m)
    {
        if (m.Kind == MeetingKinds.PhoneCall) return false;
        var tokens = m.Sentence.Tokens;
        for (var k = m.TokenEnd; k < tokens.Count && k <= m.TokenEnd + MaxGap; k++)
        {
            var word = tokens[k];
            if (word.Text is "." or ";" or ":" or "(" or ")" or "\"" or "“" or "”" or "—" or "–") return false;
            if (ClauseOpeners.Contains(word.Text)) return false;
            if (word.Lower != "here") continue;
            if (k > 0 && NotThePlace.Contains(tokens[k - 1].Text)) return false;
            if (k + 1 < tokens.Count && Presentative.Contains(tokens[k + 1].Text)) return false;
            return true;
        }
        return false;
    }
}
