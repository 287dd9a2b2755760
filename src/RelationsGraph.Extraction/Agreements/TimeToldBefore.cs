using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "In May 1997 the two leaders met in Kyiv. Days later the presidents of the time signed a treaty", "The minister visited
/// Lisbon in June last year. During that trip the two sides adopted a declaration": a sentence that tells a making with no
/// date of its own but with a word that points back in time ("later", "afterwards", "that trip", "the same day", "at the
/// time") goes on in the time the text told last, so a document it makes is of the year of the nearest dated sentence
/// before it, not of the story's year (the pattern: a temporal anaphor continues the narrative time of what precedes it).
/// </summary>
internal static class TimeToldBefore
{
    /// <summary>How many sentences back the told time is looked for.</summary>
    private const int Reach = 3;

    /// <summary>Words that alone point back to a time told before.</summary>
    private static readonly FrozenSet<string> BackWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "later", "afterwards", "afterward", "thereafter", "subsequently" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of a time or an occasion that "that" or "the same" point back to: "that trip", "the same day".</summary>
    private static readonly FrozenSet<string> TimeNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "day", "evening", "morning", "night", "week", "month", "year", "time", "trip", "visit", "tour", "journey", "summit", "meeting", "occasion", "conference", "session" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The one year of the nearest earlier sentence (within <see cref="Reach"/>) that resolves a date, when
    /// <paramref name="sentence"/> points back in time before <paramref name="before"/> and resolves no date itself; else null.
    /// </summary>
    public static int? Year(IReadOnlyList<Sentence> sentences, Func<Sentence, IReadOnlyList<DateExpression>> datesIn, Sentence sentence, int before)
    {
        if (sentence.Index < 1 || !PointsBack(sentence.Tokens, before)) return null;
        if (datesIn(sentence).Any(d => d.Value is not null)) return null;
        for (var i = sentence.Index - 1; i >= 0 && i >= sentence.Index - Reach; i--)
        {
            int? year = null;
            foreach (var d in datesIn(sentences[i]))
            {
                if (d.Value is not { Length: >= 4 } v || d.Text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || d.Text.StartsWith("until", StringComparison.OrdinalIgnoreCase)) continue;
                var y = int.Parse(v[..4]);
                if (year is not null && year != y) return null;
                year = y;
            }
            if (year is not null) return year;
        }
        return null;
    }

    /// <summary>Words that open a clause of its own: "X later said that the deal had been signed" dates the saying, not the signing.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "that", "which", "who", "whom", "whose", "when", "where", "while", "because", ";", ":" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A word pointing back in time before token <paramref name="before"/>, in the reference's own clause: "Days later",
    /// "During that trip", "of the time".
    /// </summary>
    internal static bool PointsBack(List<Token> tokens, int before)
    {
        for (var k = Math.Min(before, tokens.Count) - 1; k >= 0; k--)
        {
            // "that" pointing to a time noun ("that trip") is the anaphor itself, not a clause's opener.
            if (ClauseOpeners.Contains(tokens[k].Text) && !(k + 1 < tokens.Count && TimeNouns.Contains(tokens[k + 1].Text))) return false;
            if (BackWords.Contains(tokens[k].Text)) return true;
            if (k + 1 >= tokens.Count || !TimeNouns.Contains(tokens[k + 1].Text)) continue;
            if (tokens[k].Lower == "that" || tokens[k].Lower == "same" && k >= 1 && tokens[k - 1].Lower == "the") return true;
            // "at the time", "the presidents of the time".
            if (tokens[k].Lower == "the" && tokens[k + 1].Lower == "time" && k >= 1 && tokens[k - 1].Lower is "at" or "of") return true;
        }
        return false;
    }
}
