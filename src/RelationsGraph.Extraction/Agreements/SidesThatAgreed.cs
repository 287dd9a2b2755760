using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Thailand and Cambodia agreed to an immediate ceasefire at talks hosted by Malaysia", "Armenia and Azerbaijan on Friday
/// reached a deal": two or more countries listed as the subject of the verb that makes the document are its sides; the
/// meeting's host, mediators and observers are not (the pattern: the subject of agreeing or signing is who is bound).
/// Verbs of issuing or announcing are left out: "Malaysia announced the ceasefire" tells the host, not a side.
/// </summary>
internal static class SidesThatAgreed
{
    private static readonly FrozenSet<string> MakingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "agreed", "agree", "agrees", "reached", "reach", "struck", "strike", "sealed", "seal", "concluded", "conclude", "signed", "sign", "inked", "initialled", "initialed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far before the document its verb may stand ("agreed on Monday to an "immediate and unconditional" ceasefire").</summary>
    private const int VerbReach = 10;

    /// <summary>How far after the document its participle's "by" may stand ("…, a 113-point text adopted on Tuesday evening by").</summary>
    private const int AgentReach = 16;

    /// <summary>Words that may stand between the listed subject and its verb: "have", "had", "on Friday", "formally".</summary>
    private const int SubjectGap = 4;

    /// <summary>Country ids of the listed subject of the verb before the document at <paramref name="documentStart"/>; empty when fewer than two.</summary>
    public static IReadOnlyList<string> Before(List<Token> tokens, IEnumerable<Mention> mentions, int documentStart)
    {
        var verb = VerbBefore(tokens, documentStart);
        if (verb < 0) return [];
        var countries = mentions.Where(m => m.Kind == MentionKind.Country && m.EntityId is not null && m.TokenEnd <= verb)
            .OrderByDescending(m => m.TokenStart).ToList();
        if (countries.Count < 2 || !OnlyModifiersBetween(tokens, countries[0].TokenEnd, verb)) return [];
        var subject = new List<string> { countries[0].EntityId! };
        for (var k = 1; k < countries.Count && IsListJoint(tokens, countries[k].TokenEnd, countries[k - 1].TokenStart); k++)
            subject.Add(countries[k].EntityId!);
        subject = subject.Distinct().ToList();
        return subject.Count >= 2 ? subject : [];
    }

    private static readonly FrozenSet<string> PassiveParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "agreed", "reached", "struck", "sealed", "concluded", "signed", "inked", "initialled", "initialed", "adopted", "endorsed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the Lusaka Charter, a text adopted on Friday by Zambia, Malawi and Angola": two or more countries listed as the agent
    /// of a making participle after the document are its sides, as the subject of the active verb is. Empty when fewer than two.
    /// </summary>
    public static IReadOnlyList<string> After(List<Token> tokens, IEnumerable<Mention> mentions, int documentEnd)
    {
        var by = AgentAfter(tokens, documentEnd);
        if (by < 0) return [];
        var countries = mentions.Where(m => m.Kind == MentionKind.Country && m.EntityId is not null && m.TokenStart > by)
            .OrderBy(m => m.TokenStart).ToList();
        if (countries.Count < 2 || !AgentListOpens(tokens, by, countries[0].TokenStart)) return [];
        var agents = new List<string> { countries[0].EntityId! };
        for (var k = 1; k < countries.Count && IsListJoint(tokens, countries[k - 1].TokenEnd, countries[k].TokenStart); k++)
            agents.Add(countries[k].EntityId!);
        agents = agents.Distinct().ToList();
        return agents.Count >= 2 ? agents : [];
    }

    /// <summary>How many words a group may take between "by" and the colon that opens its list ("by all eighteen Forum members:").</summary>
    private const int GroupBeforeColon = 6;

    /// <summary>
    /// Whether the agents' list opens at <paramref name="first"/>: right after "by" (or "by the"), or after a colon that closes a
    /// short group phrase of words only ("endorsed by all eighteen Forum members: A, B and C") (the pattern: a group named,
    /// then its members listed, as the group's signers are, see AgreementMentionFinder.AgentListEnd).
    /// </summary>
    private static bool AgentListOpens(List<Token> tokens, int by, int first)
    {
        if (first - by == 1 || first - by == 2 && tokens[by + 1].Lower == "the") return true;
        var colon = first - 1;
        if (colon < 0 || tokens[colon].Text != ":" && !(tokens[colon].Lower == "the" && colon > 0 && tokens[--colon].Text == ":")) return false;
        return colon - by - 1 is >= 1 and <= GroupBeforeColon && Enumerable.Range(by + 1, colon - by - 1).All(k => tokens[k].IsWord);
    }

    private static readonly FrozenSet<string> TimesOfDay = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "in", "evening", "morning", "night", "afternoon" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The "by" of a making participle within the clause after the document ("…, a text adopted on Friday by"); -1 when none.</summary>
    private static int AgentAfter(List<Token> tokens, int documentEnd)
    {
        var participle = -1;
        for (var k = documentEnd; k < tokens.Count && k < documentEnd + AgentReach; k++)
        {
            if (tokens[k].Text is "." or ";" or ":") return -1;
            if (participle < 0) { if (PassiveParticiples.Contains(tokens[k].Text)) participle = k; continue; }
            if (tokens[k].Lower == "by") return k;
            if (!IsObjectLead(tokens[k]) && !TimesOfDay.Contains(tokens[k].Text)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The making verb closest before the document, with only the words of its object's lead between ("to an", "on Monday
    /// to a"); -1 when none. "agreed to restore ties in a deal" is not it: the verb governs another object.
    /// </summary>
    internal static int VerbBefore(List<Token> tokens, int documentStart)
    {
        for (var k = documentStart - 1; k >= 0 && k >= documentStart - VerbReach; k--)
        {
            if (MakingVerbs.Contains(tokens[k].Text)) return k;
            if (!IsObjectLead(tokens[k])) return -1;
        }
        return -1;
    }

    private static readonly FrozenSet<string> ObjectLeadWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "to", "on", "upon", "a", "an", "the", "their", "its", "formally", "finally", "also", "\"", "“", "”", "'" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsObjectLead(Token token) =>
        ObjectLeadWords.Contains(token.Text) || token.Text.All(char.IsDigit) || DateWords.Contains(token.Text);

    private static readonly FrozenSet<string> DateWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "yesterday", "today",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"Thailand and Cambodia agreed", "Kosovo and Serbia have formally agreed": a few words, no punctuation, between subject and verb.</summary>
    internal static bool OnlyModifiersBetween(List<Token> tokens, int from, int verb) =>
        verb - from <= SubjectGap && Enumerable.Range(from, verb - from).All(k => tokens[k].IsWord);

    /// <summary>"A and B", "A, B and C", "A, B, and C": only a comma and/or "and" between two listed countries.</summary>
    private static bool IsListJoint(List<Token> tokens, int from, int to)
    {
        var between = Enumerable.Range(from, Math.Max(0, to - from)).Select(k => tokens[k].Lower).ToList();
        return between.Count is >= 1 and <= 3 && between.All(t => t is "," or "and" or "the") && between.Count(t => t == "and") <= 1 && between.Count(t => t == "the") <= 1;
    }
}
