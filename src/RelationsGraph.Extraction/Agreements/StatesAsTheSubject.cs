using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The two sides also signed a pact on rail links", "both governments released a joint statement", "both countries
/// agreed on a joint declaration": a signing or issuing verb whose subject is a collective of states tells which states made
/// the text, not who put a pen to it, so neither a person named earlier in the sentence nor the people of the meeting are its
/// signers (the pattern: news credits a government-to-government text to "the two sides" when the signers, often ministers,
/// go unnamed; SIGNED needs a person told as signing or issuing it). "Officials of both sides signed" keeps its officials.
/// </summary>
internal static class StatesAsTheSubject
{
    /// <summary>Plural nouns that stand for the states of a text rather than its people.</summary>
    private static readonly FrozenSet<string> StateNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "sides", "countries", "governments", "nations", "states" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open such a collective subject: "the two sides", "both countries", "all three governments".</summary>
    private static readonly FrozenSet<string> Openers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "two", "three", "four", "five", "both", "all" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between the subject and its verb ("the two sides also signed", "the two countries had signed").</summary>
    private static readonly FrozenSet<string> BeforeTheVerb = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "also", "then", "later", "jointly", "formally", "have", "had", "has", "subsequently" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that put out a joint text: with a collective of states as subject, they name no issuer either.</summary>
    private static readonly FrozenSet<string> IssuingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "issued", "released", "published", "adopted" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the verb at <paramref name="verb"/> has a collective of states right before it, adverbs aside, as its subject.</summary>
    public static bool Before(List<Token> tokens, int verb)
    {
        var s = verb - 1;
        while (s > 0 && BeforeTheVerb.Contains(tokens[s].Text)) s--;
        if (s < 1 || !StateNouns.Contains(tokens[s].Text) || !Openers.Contains(tokens[s - 1].Text)) return false;
        // "officials of both sides signed", "delegations from the two countries signed": the people before the preposition signed.
        var open = s - 1;
        while (open > 0 && Openers.Contains(tokens[open - 1].Text)) open--;
        return open == 0 || tokens[open - 1].Lower is not ("of" or "from" or "for" or "on" or "between" or "by" or "with");
    }

    /// <summary>
    /// Whether a signing or issuing verb within a few words before the document at <paramref name="start"/>, or "agreed on"
    /// right before it, has a collective of states as its subject ("the two sides signed an accord", "both sides agreed on a common text").
    /// </summary>
    public static bool OfTheDocumentAt(List<Token> tokens, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - 5; k--)
        {
            var verb = k > 0 && tokens[k].Lower == "on" && tokens[k - 1].Lower == "agreed" ? k - 1 : k;
            if ((verb < k || IsMakingVerb(tokens, verb)) && Before(tokens, verb)) return true;
            if (tokens[k].Text is "," or ";" or ":" or ".") break;
        }
        return false;
    }

    /// <summary>Whether any signing or issuing verb of the sentence has a collective of states as its subject (the making sentence of a joint text).</summary>
    public static bool In(List<Token> tokens)
    {
        for (var v = 1; v < tokens.Count; v++)
            if ((IsMakingVerb(tokens, v) || tokens[v].Lower == "agreed" && v + 1 < tokens.Count && tokens[v + 1].Lower == "on") && Before(tokens, v)) return true;
        return false;
    }

    private static bool IsMakingVerb(List<Token> tokens, int k) => IssuingVerbs.Contains(tokens[k].Text) || SigningVerb.IsAt(tokens, k);
}
