namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the rebel leader X", "X, the leader of the Y liberation movement", "opposition leader Z": a person the text tells only as
/// the head of a movement or armed group acts for that side of a country's politics, not for the state, even when the
/// lists know them as a later head of state (pattern: news names non-state actors by their movement). Such a person,
/// given no office of state in the text itself, represents no country. The movement word must stand in the person's own
/// title phrase or apposition ("opposition deputies accused X" tells of others; "the former guerrilla commander" of a past).
/// </summary>
internal static class LeaderOfAMovement
{
    /// <summary>The closed class of words that name a non-state side.</summary>
    private static bool IsMovementWord(string lower) =>
        lower is "rebel" or "rebels" or "opposition" or "movement" or "insurgent" or "insurgents" or "guerrilla" or "guerrillas" or "militia";

    /// <summary>The lower-case words a title phrase for a movement's head is built of ("the political leader of the ... movement").</summary>
    private static bool IsTitleWord(Text.Token t) =>
        t.Lower is "the" or "a" or "an" or "of" or "leader" or "chief" or "head" or "commander" or "chairman" or "chairwoman" or "political" or "military" or "armed" or "'s" or "’s" or "-";

    /// <summary>Most tokens read on either side of the name for the movement word.</summary>
    private const int Reach = 8;

    /// <summary>
    /// True when no mention holds an office the text itself writes and some mention is told with a movement word. A title the
    /// text writes that itself names the movement ("rebel leader", "leader of the Y Movement") is no office of state.
    /// </summary>
    public static bool Applies(PersonName p) =>
        !p.Mentions.Any(m => m is { TitleIsOffice: true, Title: not null, TitleFromKnowledge: false, IsNominal: false } && !TitleNamesAMovement(m.Title)) &&
        p.Mentions.Any(m => m.Kind == MentionKind.Person && (m.Title is not null && !m.TitleFromKnowledge && TitleNamesAMovement(m.Title) || ToldWithAMovement(m)));

    /// <summary>A title with a movement word among its words.</summary>
    private static bool TitleNamesAMovement(string title)
    {
        foreach (var word in title.Split(' '))
            if (IsMovementWord(word.ToLowerInvariant())) return true;
        return false;
    }

    /// <summary>The title phrase before the name (one comma just before the name allowed: "the leader of the Y movement, X"), or the apposition after it.</summary>
    private static bool ToldWithAMovement(Mention m)
    {
        var tokens = m.Sentence.Tokens;
        var i = m.TokenStart - 1;
        if (i >= 0 && tokens[i].Text == ",") i--;
        if (InThePhrase(tokens, i, -1)) return true;
        var k = m.TokenEnd;
        return k + 1 < tokens.Count && tokens[k].Text == "," && tokens[k + 1].Lower is "the" or "a" or "an" or "leader" or "head" or "chief" && InThePhrase(tokens, k + 1, 1);
    }

    /// <summary>Walks the phrase from <paramref name="start"/> in direction <paramref name="step"/> through names and title words to a movement word.</summary>
    private static bool InThePhrase(IReadOnlyList<Text.Token> tokens, int start, int step)
    {
        for (int i = start, n = 0; i >= 0 && i < tokens.Count && n < Reach; i += step, n++)
        {
            if (IsMovementWord(tokens[i].Lower)) return true;
            if (!(tokens[i].IsWord && tokens[i].IsCapitalized || IsTitleWord(tokens[i]))) return false;
        }
        return false;
    }
}
