using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two sides will meet again in X next month", "they agreed to meet again", "the envoys should meet again soon": the verb
/// "meet" in its plain form with "again" tells a further encounter still to come, never more of the one the story reports
/// (pattern: "again" counts on from the gathering told, and the plain form of the verb is never a past event). The
/// reference is a plan; told with a place, a date or its people (named, or counted: "the two leaders"), it is the following
/// edition (see <see cref="NextEdition"/>), apart from the gathering held. "They met again in May" (past) is not this.
/// </summary>
internal static class MeetAgain
{
    /// <summary>How far after the verb "again" may stand ("meet face to face again", "meet in person again").</summary>
    private const int Reach = 4;

    public static bool Of(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        var verb = m.TokenEnd - 1;
        if (verb < 0 || verb >= tokens.Count || tokens[verb].Lower != "meet") return false;
        for (var k = verb + 1; k < tokens.Count && k <= verb + Reach && tokens[k].IsWord; k++)
            if (tokens[k].Lower == "again") return true;
        return false;
    }
}
