using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Duke of Kentmoor", "the Countess of Ravensby", "the Prince of Wales": a peer or royal named by a title of nobility is
/// one person whose name is the whole title; the territory after "of" is part of that name, not a place or country of its own
/// (pattern: British and European nobility styled "Title of Territory"). A pair sharing the territory ("the Duke and Duchess of
/// Kentmoor") is two persons, each named by its own title with the shared territory.
/// </summary>
internal static class NobleTitleName
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Duke", "Duchess", "Earl", "Countess", "Marquess", "Marchioness", "Viscount", "Viscountess", "Prince", "Princess",
        "Count", "Grand Duke", "Grand Duchess",
    };

    /// <summary>
    /// Reads a noble title at <paramref name="i"/> (after an optional capital "The"); adds its person mention(s) and returns the
    /// token after the name, or -1 when no title of nobility with "the", "of" and a capitalised territory starts there.
    /// </summary>
    public static int Read(Sentence sentence, int i, List<Mention> into)
    {
        var tokens = sentence.Tokens;
        // "the Duke of X" with its article: a bare "as Prince of Wales" names the title someone held, not a person.
        var at = i;
        if (tokens[at].Text == "The") at++;
        else if (i == 0 || tokens[i - 1].Lower != "the") return -1;
        var first = TitleAt(tokens, at);
        if (first <= at) return -1;
        var second = -1;
        var secondStart = -1;
        var ofAt = first;
        // "Duke and Duchess of X": a second title joined by "and" shares the territory.
        if (ofAt + 1 < tokens.Count && tokens[ofAt].Text == "and" && TitleAt(tokens, ofAt + 1) is var t2 && t2 > ofAt + 1)
        {
            secondStart = ofAt + 1;
            second = t2;
            ofAt = t2;
        }
        if (ofAt + 1 >= tokens.Count || tokens[ofAt].Text != "of" || !Capitalised(tokens[ofAt + 1])) return -1;
        var end = ofAt + 1;
        while (end < tokens.Count && end - ofAt <= 3 && Capitalised(tokens[end])) end++;
        var territory = sentence.Text[tokens[ofAt + 1].Start..tokens[end - 1].End];
        var firstTitle = sentence.Text[tokens[at].Start..tokens[first - 1].End];
        if (second < 0)
        {
            into.Add(Person(sentence, at, end, $"{firstTitle} of {territory}"));
            return end;
        }
        into.Add(Person(sentence, at, first, $"{firstTitle} of {territory}"));
        var secondTitle = sentence.Text[tokens[secondStart].Start..tokens[second - 1].End];
        into.Add(Person(sentence, secondStart, end, $"{secondTitle} of {territory}"));
        return end;
    }

    private const string RuleName = "title of nobility with its territory (the Duke of X)";

    /// <summary>The mention names a person by a title of nobility: its whole title, not its surface, is the person's name.</summary>
    public static bool Names(Mention m) => m.Canonical is not null && m.Rule.StartsWith(RuleName, StringComparison.Ordinal);

    private static Mention Person(Sentence sentence, int start, int end, string name) => new()
    {
        Kind = MentionKind.Person, Sentence = sentence, TokenStart = start, TokenEnd = end,
        Surface = sentence.Text[sentence.Tokens[start].Start..sentence.Tokens[end - 1].End], Canonical = name,
        HasPersonEvidence = true, Rule = RuleName,
    };

    /// <summary>The token after a title of nobility at <paramref name="p"/>, or -1.</summary>
    private static int TitleAt(IReadOnlyList<Token> tokens, int p)
    {
        if (p >= tokens.Count) return -1;
        if (tokens[p].Text == "Grand" && p + 1 < tokens.Count && Titles.Contains($"Grand {tokens[p + 1].Text}")) return p + 2;
        return Titles.Contains(tokens[p].Text) ? p + 1 : -1;
    }

    private static bool Capitalised(Token t) => t.Text.Length > 0 && char.IsUpper(t.Text[0]);
}
