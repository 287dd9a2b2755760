using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "A came, as did B", "C and D also came", "E came in person", "F came as the bloc's chairman", "G came a day earlier",
/// "From the north came H and I": a person's coming told with no goal after the verb is coming to the gathering under
/// discussion, so they are at it (pattern: the intransitive verb of coming whose goal the story leaves understood, as "flew
/// in" does). A goal, a state, an origin or a day after the verb ("came to power", "came under fire", "came back", "came from
/// a family", "came with him to Rome", "came on Monday") is another matter (an arrival of its own, told by its day or
/// place), and so is anything but a person coming ("the signing came a day after ...").
/// </summary>
internal static class ArrivalWithNoGoal
{
    public const string Note = "came with no goal: arrived at the gathering under discussion";

    /// <summary>Words between the person and the verb that leave the person its subject ("A also came", "B, too, came").</summary>
    private static readonly FrozenSet<string> Between = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "also", "too", "then", "finally", "later", "eventually", "himself", "herself", "themselves", "all", "both", "had", "never", "duly", "only" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words right after the verb that tell how or when one came, not where to: the goal stays the story's.</summary>
    private static readonly FrozenSet<string> Manner = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "too", "also", "as", "alone", "with", "personally", "together", "but", "and", "despite" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a fronted phrase before an inverted "came" ("From the south came A", "With him came B", "Then came C").</summary>
    private static readonly FrozenSet<string> FrontedOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "from", "with", "then", "next", "also", "after", "behind" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True at "came" when a person is its subject and nothing after it names a goal.</summary>
    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (tokens[i].Lower != "came") return false;
        if (Inverted(tokens, i, mentions)) return true;
        return PersonSubject(tokens, i, mentions) && NoGoalAfter(tokens, i);
    }

    /// <summary>
    /// A person named right before the verb, "also", an apposition's closing comma or the person's "of" and country at most
    /// between ("A of Ruritania also came").
    /// </summary>
    private static bool PersonSubject(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        var k = i;
        while (k > 0 && i - k < 3 && Between.Contains(tokens[k - 1].Text)) k--;
        // "Ethiopia's leader, Mengistu, came a day earlier": the apposition's closing comma.
        if (k > 0 && tokens[k - 1].Text == "," && k == i) k--;
        // "President A of Ruritania also came": the person's country after "of".
        var end = k;
        if (mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && m.TokenEnd == end && m.TokenStart > 0 && tokens[m.TokenStart - 1].Lower == "of") is { } country)
            k = country.TokenStart - 1;
        return mentions.Any(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenEnd == k);
    }

    /// <summary>
    /// The verb ends its clause ("A came.", "A came, as did B"), or a word of manner or company follows it ("came too", "came
    /// as envoy", "came with his foreign minister", "came in person", "came a day earlier"), and no goal follows in the clause
    /// ("came with him to Rome", "came with her cabinet in a convoy to the border": to, at or in before a name or "the").
    /// </summary>
    private static bool NoGoalAfter(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count) return true;
        var next = tokens[i + 1];
        if (!next.IsWord) return next.Text is "." or "," or ";" or ":" or ")" or "—" or "–";
        var after = i + 2 < tokens.Count ? tokens[i + 2].Text : "";
        var inPerson = next.Lower == "in" && after.Equals("person", StringComparison.OrdinalIgnoreCase);
        var earlier = next.Lower is "a" or "one" && after.ToLowerInvariant() is "day" or "week";
        if (!Manner.Contains(next.Text) && !inPerson && !earlier) return false;
        for (var k = i + (inPerson ? 3 : 1); k + 1 < tokens.Count && k - i <= 10 && tokens[k].Text is not ("," or ";" or ":" or "."); k++)
            if (tokens[k].Lower is "to" or "at" or "in" or "into" && (tokens[k + 1].IsCapitalized || tokens[k + 1].Lower == "the")) return false;
        return true;
    }

    /// <summary>"From the southern shore came A, B and C": a fronted phrase opening the sentence, then "came", then the people.</summary>
    private static bool Inverted(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (i < 1 || i > 8 || !FrontedOpeners.Contains(tokens[0].Text)) return false;
        for (var k = 1; k < i; k++)
            if (tokens[k].Text is "," or ";" or ":" || MeetingKinds.IsVerb(tokens[k].Text)) return false;
        return InvertedSubjectAfter(tokens, i, mentions);
    }

    // The rest of the test, apart from its word test, which runs on every word: a lambda over the arguments made a closure on every call.
    private static bool InvertedSubjectAfter(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        var first = mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart > i).MinBy(m => m.TokenStart);
        if (first is null || first.TokenStart - i > 6) return false;
        for (var k = i + 1; k < first.TokenStart; k++)
            if (!tokens[k].IsCapitalized && tokens[k].Text is not ("'s" or "’s") && tokens[k].Lower is not ("the" or "foreign" or "prime" or "minister" or "president" or "chancellor" or "king" or "queen" or "emir" or "premier" or "secretary"))
                return false;
        return true;
    }
}
