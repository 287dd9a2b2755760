namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "The ministers first talked in January and hope to sign in May" (told in March), "the understanding reached at
/// their summit in November, under which the two countries would ..." (told in December): a bare month names its nearest
/// occurrence. A future cue elsewhere in the sentence does not push a month a few months behind the story a whole year ahead;
/// only a month as far ahead as behind or farther behind (told in October, "will travel there in April"), or one whose own
/// clause looks ahead ("is due to fly to Lagos in July"), is next year's (pattern: news looks ahead weeks, not most of a year,
/// and a forward word governs only its own clause).
/// </summary>
internal static class NearestMonth
{
    public const string Rule = "a bare month a few months behind the story is this year's, whatever future cue the sentence holds";
    public const string AheadRule = "a bare month a few months ahead, in a sentence reporting nothing past, is the coming one";
    public const string PastClauseRule = "a bare month ahead of the story in a clause reporting a past act is the last one";
    private const int Reach = 6; // words looked back from the month

    private static readonly FrozenSet<string> FutureWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "will", "would", "shall", "due", "scheduled", "set", "plan", "plans", "planned", "upcoming", "next", "expected" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Officials hope to finish the first round by the union's summit in July" (told in March): with no past report in the
    /// sentence, a month two to five months ahead is the coming one, nearer than the one most of a year behind.
    /// </summary>
    public static bool IsAhead(int month, int published) => month - published is >= 2 and <= 5;

    /// <summary>Past forms that end in "-ed" yet tell a plan, not a past act.</summary>
    private static readonly FrozenSet<string> PlanParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "scheduled", "expected", "planned", "proposed", "invited", "slated", "intended", "hoped" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Common past forms of reporting verbs that do not end in "-ed".</summary>
    private static readonly FrozenSet<string> IrregularPasts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "met", "held", "struck", "made", "began", "spoke", "took", "won", "sent" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Officials insisted that the pact signed in Veltra in June must still be ratified before talks can be held" (told in
    /// February): a month whose own clause is a past act ("signed in ... in June", "met in June") names the last occurrence,
    /// whatever future cue another clause of the sentence holds (the pattern: a forward word governs only its own clause, and a
    /// past participle or past verb dates a done act). Looks back a few words from the month, up to a clause break; a verb
    /// after "be" ("to be signed in June", "will be held in June") tells a plan.
    /// </summary>
    public static bool OwnClauseIsPast(string text, int monthStart)
    {
        var words = text[..monthStart].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0 && i >= words.Length - Reach; i--)
        {
            var raw = words[i];
            if (raw.EndsWith(',') || raw.EndsWith(';') || raw.EndsWith(':')) return false;
            var word = raw.Trim('"', '\'', '(', ')');
            if (FutureWords.Contains(word) || PlanParticiples.Contains(word)) return false;
            var past = IrregularPasts.Contains(word) || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && word.All(char.IsLower);
            if (past) return !(i >= 1 && words[i - 1] is "be" or "being" or "to");
        }
        return false;
    }

    /// <summary>Whether a bare month before the publication month, in a sentence with a future cue, is this year's.</summary>
    /// <param name="text">The sentence.</param>
    /// <param name="monthStart">Where the month expression begins.</param>
    /// <param name="month">The month named.</param>
    /// <param name="published">The publication month.</param>
    public static bool IsBehind(string text, int monthStart, int month, int published)
    {
        var behind = published - month;
        if (behind <= 0 || behind >= 6) return false;
        // The month's own clause: the few words before it ("is due to fly to Lagos in July"), up to a clause break.
        var words = text[..monthStart].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0 && i >= words.Length - Reach; i--)
        {
            var raw = words[i];
            if (raw.EndsWith(',') || raw.EndsWith(';') || raw.EndsWith(':')) break;
            var word = raw.Trim('"', '\'', '(', ')');
            // "had been expected in May" reports a past plan.
            if (FutureWords.Contains(word)) return i >= 2 && words[i - 1] == "been" && words[i - 2] is "had" or "was" or "were";
        }
        return true;
    }
}
