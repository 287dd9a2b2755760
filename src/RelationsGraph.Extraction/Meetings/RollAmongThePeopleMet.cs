using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X held talks with eleven fellow presidents, among them A of P, the bloc's chairman, B of Q and C of R", "met his
/// ministers, including D, E and the envoy, F": a plural noun for people as the object right after the gathering's word, then
/// "among them", "among whom" or "including" and names. Each name of that partitive list is one of the people the gathering
/// had, however long the descriptions between the names run (pattern: a partitive roll of the gathering's own people). The
/// noun must be the gathering's object, so a list after advisers or drafters elsewhere in the sentence is not read.
/// </summary>
internal static class RollAmongThePeopleMet
{
    private static readonly FrozenSet<string> PeopleNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "heads", "leaders", "counterparts", "ministers", "presidents", "premiers", "guests", "delegates", "envoys", "colleagues",
        "advisers", "advisors", "officials", "dignitaries", "representatives", "rulers", "monarchs", "chiefs", "members",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The people noun must stand within this many tokens after the gathering's word.</summary>
    private const int NounReach = 6;

    /// <summary>The noun's own phrase ("of state and government of 21 countries") runs at most this far before the cue.</summary>
    private const int PhraseReach = 14;

    /// <summary>
    /// The index of the first token after the cue ("among them", "among whom", "including") when a people noun the gathering
    /// ending at <paramref name="meetingEnd"/> takes as its object opens the list; null otherwise.
    /// </summary>
    public static int? StartAfter(List<Token> tokens, int meetingEnd)
    {
        for (var k = meetingEnd; k < tokens.Count && k - meetingEnd <= NounReach; k++)
        {
            var t = tokens[k];
            // "met X, and then his ministers": the object phrase ends at a comma or a clause word.
            if (!(t.IsWord || t.Text is "'s" or "’s" or "-") || t.Lower is "who" or "which" or "that" or "and" or "but" or "where" or "when") break;
            if (PeopleNouns.Contains(t.Text)) return ListAfterTheNoun(tokens, k);
        }
        return null;
    }

    private static int? ListAfterTheNoun(List<Token> tokens, int k)
    {
        for (var c = k + 1; c < tokens.Count && c - k <= PhraseReach; c++)
        {
            if (tokens[c].Text == ",") return CueEnd(tokens, c + 1);
            if (tokens[c].Text is ";" or ":" or "." or "(" or ")" || tokens[c].Lower is "who" or "which" or "that" or "whose") return null;
        }
        return null;
    }

    private static int? CueEnd(List<Token> tokens, int at)
    {
        if (at + 1 < tokens.Count && tokens[at].Lower == "among" && tokens[at + 1].Lower is "them" or "whom") return at + 2;
        if (at < tokens.Count && tokens[at].Lower == "including") return at + 1;
        return null;
    }
}
