using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X and Y agreed Friday to ..., including ..., during talks in Vientiane": a meeting named
/// in a circumstantial phrase belongs to the people who are the subject of the sentence, even
/// when they stand too far from the meeting noun for the usual window.
/// </summary>
internal static class ClauseSubject
{
    private static readonly FrozenSet<string> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "their", "his", "her", "its" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the meeting noun at <paramref name="trigger"/> is introduced by "during" ("during talks", "during their meeting").</summary>
    public static bool IsCircumstance(List<Token> tokens, int trigger)
    {
        var i = trigger - 1;
        while (i >= 0 && i >= trigger - 3 && (Determiners.Contains(tokens[i].Text) || tokens[i].IsWord && !tokens[i].IsCapitalized && tokens[i].Lower.Contains('-')))
            i--;
        return i >= 0 && tokens[i].Lower == "during";
    }

    /// <summary>People named before the sentence's first comma, in the meeting's clause, and not as possessors ("Beijing's", "Lee's aide").</summary>
    public static IEnumerable<string> People(List<Token> tokens, IReadOnlyList<Mention> mentions, int trigger, int[] segments)
    {
        var firstComma = Enumerable.Range(0, trigger).FirstOrDefault(k => tokens[k].Text == ",", trigger);
        return mentions
            .Where(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenEnd <= firstComma)
            .Where(p => segments[p.TokenStart] == segments[trigger])
            .Where(p => p.TokenEnd >= tokens.Count || tokens[p.TokenEnd].Text is not ("'s" or "’s"))
            .Select(p => p.EntityId!)
            .Distinct();
    }

    private static readonly FrozenSet<string> BeforeTheVerb = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "also", "then", "later", "first", "finally", "briefly", "separately", "formally", "had", "has", "have", "held", "hold", "holds", "was", "were",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "X, who arrived on Monday after a stop in Z, met Y": the person named right before a relative clause set off by commas
    /// is the subject of the verb after it, however long the clause runs (pattern: subject, relative clause, verb).
    /// Returns where that subject's name ends (the comma before "who"), or null when the trigger has no such subject.
    /// </summary>
    public static int? BeforeRelativeClause(List<Token> tokens, int trigger)
    {
        var k = trigger - 1;
        while (k >= 0 && trigger - k <= 3 && BeforeTheVerb.Contains(tokens[k].Text)) k--;
        if (k < 2 || tokens[k].Text != ",") return null;
        for (var w = k - 1; w >= 1 && k - w <= 40; w--)
        {
            if (tokens[w].Text is ";" or ":" or "." || MeetingKinds.IsVerb(tokens[w].Text)) return null;
            if (tokens[w].Lower is "who" or "whose" && tokens[w - 1].Text == ",") return w - 1;
        }
        return null;
    }
}
