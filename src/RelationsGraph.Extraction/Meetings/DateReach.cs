using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// How far a date lies from a meeting reference, and which dates of a clause a reference cannot take.
/// </summary>
internal static class DateReach
{
    /// <summary>
    /// Words between the two: a date before the reference counts from its last word ("who had called Y on October 11, said
    /// the talks" puts the date beside the call, not the talks), one after it from its first.
    /// </summary>
    public static int Distance(MeetingMention m, DateExpression date) =>
        date.TokenEnd <= m.TokenStart ? m.TokenStart - date.TokenEnd + 1 : date.TokenStart >= m.TokenEnd ? date.TokenStart - m.TokenEnd + 1 : 0;

    /// <summary>How many words a date may lie from the reference it dates.</summary>
    public const int Reach = 25;

    /// <summary>
    /// "On Monday, 3 May, the delegates of the two rival factions, A of the north and B of the south, put their names to the
    /// accord in the capital": a date that opens the sentence, set off by a comma, dates the main clause however long its
    /// subject runs (pattern: a fronted time adverbial scopes over the whole sentence), so the ordinary reach does not cut it off.
    /// </summary>
    public static int ReachOf(List<Token> tokens, DateExpression date) =>
        date.TokenStart == 0 && date.TokenEnd < tokens.Count && tokens[date.TokenEnd].Text == "," ? 2 * Reach : Reach;

    /// <summary>
    /// "takes over the chair on 1 January and will host the summit in Kazan in October": a date told before "and" belongs to
    /// the first predicate when the meeting's own predicate carries a date of its own after it (pattern: each of two joined
    /// predicates keeps its own date).
    /// </summary>
    public static bool OfAnEarlierPredicate(List<Token> tokens, DateExpression date, MeetingMention m, IReadOnlyList<DateExpression> dates, int[] segments)
    {
        if (date.TokenEnd > m.TokenStart) return false;
        var joined = false;
        for (var k = date.TokenEnd; k < m.TokenStart; k++)
            if (tokens[k].Lower == "and") joined = true;
        if (!joined) return false;
        var segment = segments[Math.Min(m.TokenStart, segments.Length - 1)];
        return dates.Any(d => d != date && d.TokenStart >= m.TokenEnd && d.TokenStart - m.TokenEnd <= 12 &&
                              segments[Math.Min(d.TokenStart, segments.Length - 1)] == segment);
    }

    /// <summary>
    /// "X, who had called Y on October 11, said the talks would go on": a date inside a relative clause set off by commas
    /// dates what that clause tells, never a meeting after the clause has closed (pattern: a date does not leave its clause).
    /// </summary>
    public static bool LeftInARelativeClause(List<Token> tokens, DateExpression date, MeetingMention m)
    {
        if (date.TokenEnd > m.TokenStart || !RelativeClauseRecall.InsideClause(tokens, date.TokenStart)) return false;
        for (var k = date.TokenEnd; k < m.TokenStart; k++)
            if (tokens[k].Text == ",") return true;
        return false;
    }

    public const string WhoClauseNote = "date of a who-clause after it: what the person did";

    /// <summary>
    /// "the summit honoured two leaders who died last year", "X, who had flown in on Sunday, held talks": a date with a
    /// who-clause between it and the reference tells what the person did, not when the reference took place (pattern: a
    /// person's clause keeps its date).
    /// </summary>
    public static bool AcrossAWhoClause(List<Token> tokens, DateExpression date, MeetingMention m)
    {
        var lo = Math.Min(m.TokenEnd, date.TokenEnd);
        var hi = Math.Max(m.TokenStart, date.TokenStart);
        return tokens.Skip(lo).Take(Math.Max(0, hi - lo)).Any(t => t.Lower == "who");
    }

    /// <summary>
    /// "the talks in Accra in 2019, talks that produced the declaration": a noun repeated after a comma restates the reference
    /// before it, so the date between them belongs to the first (pattern: appositive restatement).
    /// </summary>
    public static bool Restates(List<Token> tokens, DateExpression date, MeetingMention m, IReadOnlyList<MeetingMention> found) =>
        date.TokenEnd <= m.TokenStart && m.TokenStart > 0 && tokens[m.TokenStart - 1].Text == "," &&
        found.Any(o => o != m && o.TokenEnd <= date.TokenStart && tokens[o.TokenStart].Lower == tokens[m.TokenStart].Lower);

    private static readonly FrozenSet<string> IntentVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "agreed", "agree", "agreeing", "decided", "pledged", "vowed", "promised", "resolved", "undertook",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "first held a summit in Hanoi in May 2009 and agreed to meet every year", "on Monday they agreed to meet again": a
    /// reference that is the infinitive of an intent verb is a meeting still to come, so a date told before the intent verb
    /// dates the agreeing (or the event before it), never that meeting (pattern: "agreed to meet" looks ahead of its clause's date).
    /// </summary>
    public static bool IntentBeyondTheDate(List<Token> tokens, DateExpression date, MeetingMention m)
    {
        if (date.TokenEnd > m.TokenStart || m.TokenStart < 2) return false;
        // "agreed to meet", "agreed to hold talks", "pledged to hold another round of talks": the intent verb a few words before.
        for (var k = m.TokenStart - 1; k >= 1 && k >= m.TokenStart - 4 && k >= date.TokenEnd; k--)
        {
            if (tokens[k].Text is "," or ";" or ":") return false;
            if (tokens[k].Lower == "to" && IntentVerbs.Contains(tokens[k - 1].Text) && k - 1 >= date.TokenEnd) return true;
        }
        return false;
    }

    public const string ClosingDateNote = "a date closing the reference's clause";

    /// <summary>
    /// "X and Y held talks in Muscat on Saturday, with both sides calling the meeting constructive and agreeing to meet again":
    /// a date that closes the clause of a reference told before it, with no comma between, belongs to that reference, not to a
    /// plan or a reference back after the comma, however near (pattern: a date stays in its clause). "On Saturday, the two met" still goes forward: no reference precedes it.
    /// </summary>
    public static MeetingMention? ClauseBefore(List<Token> tokens, DateExpression date, MeetingMention nearest, IEnumerable<MeetingMention> candidates)
    {
        if (nearest.TokenStart < date.TokenEnd || !CommaBetween(tokens, date.TokenEnd, nearest.TokenStart)) return null;
        // Only a reference that tells no fresh event of its own gives the date up: a plan, or the gathering told again.
        if (!(nearest.Planned || nearest.Definite || nearest.Speculative)) return null;
        return candidates.Where(o => o.TokenEnd <= date.TokenStart && date.TokenStart - o.TokenEnd <= 15 && !CommaBetween(tokens, o.TokenEnd, date.TokenStart))
            .OrderBy(o => date.TokenStart - o.TokenEnd).FirstOrDefault();
    }

    private static bool CommaBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to && k < tokens.Count; k++)
            if (tokens[k].Text is "," or ";" or ":") return true;
        return false;
    }

    /// <summary>
    /// "The summit urged them to reconsider their 28 January announcement", "ahead of the 4 May vote": a date between a
    /// determiner or possessive and the noun after it modifies that noun, so it dates no meeting reference but one standing
    /// right after it ("the 12 June summit") (pattern: a prenominal date belongs to its own noun phrase).
    /// </summary>
    public static bool ModifiesItsOwnNoun(List<Token> tokens, DateExpression date, MeetingMention m)
    {
        if (date.TokenStart < 1 || date.TokenEnd >= tokens.Count || m.TokenStart == date.TokenEnd) return false;
        var before = tokens[date.TokenStart - 1];
        if (!(before.Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this" or "that" || before.Text is "'s" or "’s")) return false;
        var after = tokens[date.TokenEnd];
        return after.IsWord && !after.IsCapitalized && char.IsLetter(after.Text[0]) && !NotANoun.Contains(after.Lower);
    }

    /// <summary>Words that may follow a fronted date and are no noun it modifies ("on the 5th of May", "that 3 May was").</summary>
    private static readonly FrozenSet<string> NotANoun = new HashSet<string>(StringComparer.Ordinal)
        { "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "when", "was", "were", "is", "will", "would", "had", "has" }
        .ToFrozenSet(StringComparer.Ordinal);
}
