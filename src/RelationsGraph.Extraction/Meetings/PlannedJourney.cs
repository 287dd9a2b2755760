using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X will travel to Y", "she is due to fly on to Z on Friday", "he is expected to travel to W in the coming days", "then flies to V":
/// a journey announced ahead — the base verb under a modal or a "be due / expected / scheduled to" frame, or the present tense a
/// schedule is told in, with "then" or a time ahead beside it — is a planned leg of a trip, a visit to the destination as the past "travelled to Y" is a held one
/// (pattern: the future of a travel verb). The bare base form stays out: "travel to Y" is also a noun ("a ban on travel to Y").
/// </summary>
internal static class PlannedJourney
{
    /// <summary>The base forms, which name a journey only after a word of the future.</summary>
    internal static readonly FrozenSet<string> BaseForms = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "travel", "fly", "head", "journey", "proceed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The third-person present forms, in which news tells a traveller's schedule ("then flies to Y on Sunday").</summary>
    internal static readonly FrozenSet<string> PresentForms = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "travels", "flies", "heads",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Modals of the future and the words before "to" that frame a later act ("due to", "expected to", "is to").</summary>
    private static readonly FrozenSet<string> Modals = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "will", "would", "'ll", "’ll", "shall" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> FramesBeforeTo = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "due", "expected", "scheduled", "set", "slated", "is", "are", "was", "were", "plans", "planned", "plan", "intends", "going",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adverbs between the future word and the verb ("will then travel", "is due to later fly", "will also travel").</summary>
    private static readonly FrozenSet<string> Adverbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "then", "also", "later", "next", "first", "subsequently" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Pronouns that stand for a traveller already named ("she will travel to Y").</summary>
    private static readonly FrozenSet<string> PersonPronouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "i", "we" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether someone named travels: a person, or a pronoun for one, told before the verb. "An advance team is expected to travel
    /// to Y" plans a journey of nobody the story names, no visit of its people.
    /// </summary>
    public static bool HasTraveller(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
            if (m.Kind == MentionKind.Person && m.TokenStart < i) return true;
        for (var k = 0; k < i; k++)
            if (PersonPronouns.Contains(tokens[k].Text)) return true;
        return false;
    }

    /// <summary>
    /// "will then travel to Y, where X is hosting the summit", "is due to fly to Z, where she will meet W": a gathering told in a
    /// where-clause right after the destination is what the journey is for, that gathering alone (pattern: the purpose of a
    /// journey told as the place's relative clause). Not a where-clause after a second place ("to Y and Z, where ...").
    /// </summary>
    public static bool GatheringWhereItGoes(List<Token> tokens, int destinationEnd)
    {
        if (destinationEnd + 1 >= tokens.Count || tokens[destinationEnd].Text != "," || tokens[destinationEnd + 1].Lower != "where") return false;
        for (var k = destinationEnd + 2; k < tokens.Count && tokens[k].Text is not (";" or "." or "—"); k++)
            if (MeetingKinds.KindOf(tokens[k].Text, false) is not null) return true;
        return false;
    }

    /// <summary>Words of a time ahead that date a schedule told in the present ("flies to Y tomorrow", "Later this month X travels").</summary>
    private static readonly FrozenSet<string> TimeWords = new[] { "tomorrow", "tonight", "later", "next" }
        .Concat(Lexicon.Weekdays).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const int TimeReach = 6;

    internal static bool TimeNear(List<Token> tokens, int i)
    {
        // "Talks end on Sunday; X heads to Y": a time beyond a semicolon dates another clause.
        for (var k = i - 1; k >= 0 && i - k <= TimeReach && tokens[k].Text is not (";" or ":"); k--)
            if (TimeWords.Contains(tokens[k].Text)) return true;
        for (var k = i + 1; k < tokens.Count && k - i <= TimeReach && tokens[k].Text is not (";" or ":"); k++)
            if (TimeWords.Contains(tokens[k].Text)) return true;
        return false;
    }

    /// <summary>Whether the travel verb at <paramref name="i"/> tells a journey ahead.</summary>
    public static bool IsAt(List<Token> tokens, int i)
    {
        // "X then flies to Y", "Later this month X travels to Y": the present of a schedule; a headline's present ("X heads to Y")
        // tells the story's own trip, which its body tells again with its purpose.
        if (PresentForms.Contains(tokens[i].Text)) return i >= 1 && tokens[i - 1].Lower == "then" || TimeNear(tokens, i);
        if (!BaseForms.Contains(tokens[i].Text)) return false;
        var k = i - 1;
        while (k >= 0 && Adverbs.Contains(tokens[k].Text)) k--;
        if (k < 0) return false;
        if (Modals.Contains(tokens[k].Text)) return true;
        return tokens[k].Lower == "to" && k >= 1 && FramesBeforeTo.Contains(tokens[k - 1].Text);
    }
}
