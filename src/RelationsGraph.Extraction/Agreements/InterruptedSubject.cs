using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X, the deputy foreign minister, who led the delegation, put his name to the text", "President X of Y, who hosted the
/// talks, also signed": a subject may be interrupted before its verb by set-off modifiers, an apposition or an "of" phrase
/// naming its side, then a non-restrictive relative clause, then a sentence adverb; the name still opens the verb's subject
/// (the pattern: news writing describes a signer between the name and the verb, and commas set each description aside).
/// </summary>
internal static class InterruptedSubject
{
    /// <summary>Adverbs that may stand between the closing comma of the relative clause and the verb: "who ..., also signed".</summary>
    private static readonly FrozenSet<string> Adverbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "also", "then", "later", "too", "formally", "jointly", "personally", "finally", "subsequently", "duly", "first", "himself", "herself", "had", "has" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a clause or a report, not a description: an apposition holding one is no apposition.</summary>
    private static readonly FrozenSet<string> NotInADescription = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "who", "whose", "which", "that", "said", "says", "told", "when", "while", "after", "before", "as", "but", "where" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many words the relative clause, and the apposition before it, may each take.</summary>
    private const int ClauseReach = 25;
    private const int DescriptionReach = 16;

    /// <summary>
    /// Whether the name ending at <paramref name="nameEnd"/> is the subject of the verb at <paramref name="verb"/> across an
    /// apposition or "of" phrase (or nothing), then a relative clause set off by commas, then at most two adverbs.
    /// </summary>
    public static bool Holds(List<Token> tokens, int nameEnd, int verb)
    {
        if (nameEnd >= verb || verb - nameEnd > ClauseReach + DescriptionReach + 4) return false;
        // The adverbs right before the verb, then the comma that closes the relative clause.
        var close = verb - 1;
        while (close > nameEnd && verb - close <= 2 && Adverbs.Contains(tokens[close].Text)) close--;
        if (close <= nameEnd || tokens[close].Text != ",") return false;
        // "X, the adviser who led the delegation, signed": an apposition whose noun a restrictive relative describes.
        if (DescribedByARestrictiveRelative(tokens, nameEnd, close)) return true;
        // The relative pronoun: the clause runs to the comma without another comma, stop or signing verb inside it.
        var who = -1;
        for (var k = close - 1; k > nameEnd && k >= close - ClauseReach; k--)
        {
            if (tokens[k].Text is "," or ";" or "." or ":" || SigningVerb.IsAt(tokens, k)) break;
            if (tokens[k].Lower is "who" or "whose") { who = k; break; }
        }
        if (who < 0 || tokens[who - 1].Text != ",") return false;
        var open = who - 1;
        // Nothing between the name and the relative ("X, who ..., also signed"), else a description of the name first.
        return open == nameEnd || Apposition(tokens, nameEnd, open) || OfPhrase(tokens, nameEnd, open) || OfPhraseThenApposition(tokens, nameEnd, open);
    }

    /// <summary>
    /// "President X of Ruritania, the host, who chaired the session, signed first": the name's side in an "of" phrase, then an
    /// apposition set off by commas, before the relative (the pattern: a leader named with his country is often described
    /// again by his part in the event, "the host", "the summit's chairman", before the relative clause and the verb).
    /// </summary>
    private static bool OfPhraseThenApposition(List<Token> tokens, int from, int to)
    {
        if (tokens[from].Lower != "of") return false;
        for (var c = from + 2; c < to && c <= from + 10; c++)
            if (tokens[c].Text == ",") return OfPhrase(tokens, from, c) && Apposition(tokens, c, to);
        return false;
    }

    /// <summary>
    /// ", the presidential adviser who led the talks," from the name's comma to the comma before the verb: an apposition whose
    /// noun a restrictive relative (no comma before "who") describes, the clause running to the closing comma (the pattern:
    /// "the former mayor who heads the agency" is one description of the name, not a clause of the sentence).
    /// </summary>
    private static bool DescribedByARestrictiveRelative(List<Token> tokens, int nameEnd, int close)
    {
        if (tokens[nameEnd].Text != "," || close - nameEnd > ClauseReach + DescriptionReach) return false;
        var who = -1;
        for (var k = nameEnd + 1; k < close; k++)
        {
            if (tokens[k].Text is "," or ";" or "." or ":" or "\"" or "“" or "”" || SigningVerb.IsAt(tokens, k)) return false;
            if (tokens[k].Lower is not ("who" or "whose")) continue;
            if (who >= 0) return false;
            who = k;
        }
        // The relative hangs on the apposition's own noun: a lower-case word right before it, and only a description before that.
        if (who < nameEnd + 2 || !(tokens[who - 1].IsWord && !tokens[who - 1].IsCapitalized) || who - nameEnd > DescriptionReach) return false;
        for (var k = nameEnd + 1; k < who; k++)
            if (NotInADescription.Contains(tokens[k].Text)) return false;
        return true;
    }

    /// <summary>", the deputy foreign minister," from the name's comma to the relative's: a description with no clause of its own.</summary>
    private static bool Apposition(List<Token> tokens, int from, int to)
    {
        if (tokens[from].Text != "," || to - from < 2 || to - from > DescriptionReach) return false;
        for (var k = from + 1; k < to; k++)
            if (tokens[k].Text is "," or ";" or "." or ":" or "\"" or "“" or "”" || NotInADescription.Contains(tokens[k].Text) || SigningVerb.IsAt(tokens, k)) return false;
        return true;
    }

    /// <summary>"of the United Arab Emirates", "of the Liberation Front (LF)": the name's side, capitalised words after "of".</summary>
    private static bool OfPhrase(List<Token> tokens, int from, int to)
    {
        if (tokens[from].Lower != "of" || to - from < 2 || to - from > 10) return false;
        for (var k = from + 1; k < to; k++)
            if (!(tokens[k].IsCapitalized || tokens[k].Lower is "the" or "of" or "and" or "for" || tokens[k].Text is "(" or ")")) return false;
        return true;
    }
}
