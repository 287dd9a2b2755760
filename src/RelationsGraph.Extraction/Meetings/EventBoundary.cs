using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// Words between two meeting references of one sentence that show they name different events:
/// "the first encounter since they met in Munich", "on the eve of the summit, X held talks",
/// "Zelenskyy, who skipped the talks, had met Y". An apposition ("the summit, the first meeting
/// of ...") still names one event.
/// </summary>
internal static class EventBoundary
{
    private static readonly FrozenSet<string> TimeConnectives = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "since", "before", "after", "until", "when", "while", "ahead" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> AppositionStarts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "his", "her" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the tokens in [from, to) separate two event references.</summary>
    public static bool Between(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to && i < tokens.Count; i++)
        {
            if (TimeConnectives.Contains(tokens[i].Text)) return true;
            if (tokens[i].Text == "," && i + 1 < tokens.Count && !AppositionStarts.Contains(tokens[i + 1].Text)) return true;
            if (SideOf(tokens, i)) return true;
        }
        return false;
    }

    /// <summary>
    /// "X met Y on the sidelines of a summit", "talks on the margins of a conference": the words "sidelines of", "margins of",
    /// "fringes of" set a side meeting apart from the gathering named after them (pattern: a bilateral beside a larger gathering is
    /// an event of its own, held where and when that gathering is).
    /// </summary>
    public static bool SideOf(List<Token> tokens, int i) =>
        tokens[i].Lower is "sidelines" or "sideline" or "margins" or "margin" or "fringes" or "fringe" && i + 1 < tokens.Count && tokens[i + 1].Lower == "of";

    /// <summary>
    /// "the first talks between X and Y since Z visited Beijing", "the first state visit since Z in 2011":
    /// the subject of a "since" clause is not at the event reported, and the people reported are not at the recalled one.
    /// </summary>
    public static bool AcrossSinceClause(List<Token> tokens, int personStart, int triggerStart, bool triggerRecalled)
    {
        if (triggerRecalled) return personStart < triggerStart && SinceAt(tokens, personStart, triggerStart) is not null;
        if (personStart < triggerStart) return false;
        var since = personStart - 1;
        while (since > triggerStart && tokens[since].IsCapitalized && personStart - since <= 3) since--;
        return tokens[since].Lower == "since";
    }

    /// <summary>"attending his last G20 before Donald Trump returns": the subject of a later time clause is not at the event.</summary>
    public static bool SubjectOfLaterTimeClause(List<Token> tokens, int personStart, int triggerEnd)
    {
        if (personStart < triggerEnd) return false;
        var connective = personStart - 1;
        while (connective > triggerEnd && tokens[connective].IsCapitalized && personStart - connective <= 3) connective--;
        return connective >= triggerEnd && tokens[connective].Lower is "before" or "after" or "until" or "when" or "while";
    }

    /// <summary>"on the eve of the summit", "ahead of the talks", "after the meeting": the event only says when something else happened.</summary>
    public static bool IsTimeAnchor(List<Token> tokens, int trigger)
    {
        if (AfterSpanOf(tokens, trigger)) return true;
        var i = trigger - 1;
        while (i >= 0 && trigger - i <= 3 && tokens[i].Lower is "the" or "this" or "that" or "their" or "his" or "her" or "its") i--;
        if (i < 0 || i == trigger - 1) return false; // a time anchor refers back: "the summit", not "a summit"
        if (tokens[i].Lower is "before" or "after" or "following" or "since") return true;
        return tokens[i].Lower == "of" && i > 0 && tokens[i - 1].Lower is "eve" or "ahead";
    }

    private static readonly FrozenSet<string> Spans = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "days", "weeks", "months", "years", "hours", "rounds", "round", "week", "month", "year" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "After ten days of closed-door negotiations, X and Y signed", "following months of talks": the talks only lead up to
    /// the event the clause reports (pattern: a span of talks before the act, a time anchor however it is counted).
    /// </summary>
    private static bool AfterSpanOf(List<Token> tokens, int trigger) => SpanConnective(tokens, trigger) is not null;

    /// <summary>Where the "after", "following" or "before" opening a counted span of talks ("after five days of talks") stands, or null.</summary>
    public static int? SpanConnective(List<Token> tokens, int trigger)
    {
        var i = trigger - 1;
        while (i >= 0 && trigger - i <= 3 && tokens[i].IsWord && !tokens[i].IsCapitalized && tokens[i].Lower != "of") i--; // "closed-door", "intense"
        if (i < 1 || tokens[i].Lower != "of" || !Spans.Contains(tokens[i - 1].Text)) return null;
        var k = i - 2;
        if (k >= 0 && tokens[k].Lower is not ("after" or "following" or "before")) k--; // "ten", "several", "two"
        return k >= 0 && tokens[k].Lower is "after" or "following" or "before" ? k : null;
    }

    /// <summary>
    /// "on the sidelines of the summit", "on the sidelines": a side meeting of a larger gathering. The phrase may
    /// come well after the side meeting's noun ("held talks with X on Monday on the sidelines of the G7 summit"),
    /// but the gathering it names right after "sidelines of" is not itself a side meeting.
    /// </summary>
    public static bool OnSidelines(List<Token> tokens, int trigger)
    {
        if (OpensOnTheSidelines(tokens, trigger)) return true;
        for (var i = Math.Max(0, trigger - 12); i < Math.Min(tokens.Count, trigger + 12); i++)
        {
            if (tokens[i].Lower is not ("sidelines" or "sideline" or "margins")) continue;
            // "on the sidelines of the G7 summit": the noun after "of" is the gathering; "on the margins of the summit, X held talks":
            // past the comma the clause tells the side meeting itself.
            var namesGathering = i < trigger && trigger - i <= 8 && i + 1 < tokens.Count && tokens[i + 1].Lower == "of" &&
                                 !Enumerable.Range(i + 1, trigger - i - 1).Any(k => tokens[k].Text == ",");
            if (!namesGathering && (i < trigger || i - trigger <= 12 && !tokens.Skip(trigger).Take(i - trigger).Any(t => t.Text is ";" or ":"))) return true;
        }
        return false;
    }

    /// <summary>
    /// "On the sidelines of the meeting, on 4 May, the foreign minister of X held talks with Y": a sentence that opens with "on
    /// the sidelines" or "on the margins" sets its whole main clause there, however long its dates and subject run before the
    /// meeting word (pattern: sentence-opening sideline adverbial). A semicolon ends that clause.
    /// </summary>
    private static bool OpensOnTheSidelines(List<Token> tokens, int trigger) =>
        tokens.Count > 3 && tokens[0].Lower == "on" && tokens[1].Lower == "the" && tokens[2].Lower is "sidelines" or "margins" && trigger > 3 &&
        !tokens.Take(trigger).Any(t => t.Text is ";" or ":");

    private static bool WhereClauseBetween(List<Token> tokens, int from, int to) =>
        to - from <= 12 && Enumerable.Range(from, to - from).Any(i => tokens[i].Lower == "where" && i > 0 && tokens[i - 1].Text == ",") &&
        !Enumerable.Range(from, to - from).Any(i => tokens[i].Text is ";" or ":");

    private static bool IsPastVerb(Token token) =>
        !token.IsCapitalized && (token.Lower.EndsWith("ed", StringComparison.Ordinal) || token.Lower is "met" or "spoke" or "held" or "saw");

    private static int? SinceAt(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (tokens[i].Lower == "since") return i;
        return null;
    }

    /// <summary>
    /// A reference inside a "since" clause recalls an earlier event: "the first visit since X visited Beijing in 2018";
    /// so does one marked as an earlier edition: "agreed at the previous summit, in Astrakhan in 2014";
    /// and the latest encounter before the one reported: "the two last met in October", "had last spoken in May".
    /// </summary>
    public static bool IsRecalled(List<Token> tokens, int trigger)
    {
        if (trigger >= 2 && tokens[trigger - 1].Lower is "previous" or "preceding" or "prior" &&
            // "the group's previous round": a possessive owner marks the earlier edition as "its" does
            tokens[trigger - 2].Lower is "the" or "a" or "its" or "their" or "'s" or "’s")
            return true;
        if (trigger >= 1 && tokens[trigger - 1].Lower == "last" && IsPastVerb(tokens[trigger]))
            return true;
        for (var i = trigger - 1; i >= Math.Max(0, trigger - 8); i--)
        {
            if (tokens[i].Text is "," or ";") return false;
            if (tokens[i].Lower == "since") return true;
        }
        return false;
    }

    /// <summary>
    /// "last met in October on the sidelines of the summit in Rome": the gathering a recalled encounter was a side
    /// meeting of is recalled with it, not the gathering the article reports.
    /// </summary>
    public static void RecallGatheringsOfRecalledSideMeetings(List<Token> tokens, List<MeetingMention> found)
    {
        // "last met in November in Lima, where they held a trilateral meeting": the relative clause tells the recalled encounter.
        foreach (var recalled in found.Where(m => m.Recalled).ToList())
            foreach (var told in found.Where(m => m.TokenStart > recalled.TokenEnd && m.Organization is null &&
                                                  WhereClauseBetween(tokens, recalled.TokenEnd, m.TokenStart)))
                told.Recalled = true;
        foreach (var side in found.Where(m => m.Recalled && m.OnSidelines).ToList())
        {
            var sidelines = Enumerable.Range(side.TokenEnd, Math.Max(0, Math.Min(tokens.Count, side.TokenEnd + 12) - side.TokenEnd))
                .FirstOrDefault(i => tokens[i].Lower is "sidelines" or "sideline" or "margins", -1);
            if (sidelines < 0) continue;
            foreach (var gathering in found.Where(m => m != side && m.TokenStart > sidelines && m.TokenStart - sidelines <= 8))
                gathering.Recalled = true;
        }
    }
}
