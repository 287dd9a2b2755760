using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Norway, which hosted the talks, welcomed the accord", "Peru and Chile have said they support the pact", "Iceland, Malta
/// and Cyprus, three of the smaller members, objected to a clause", "Ruritania dismisses the deal": a country that opens the
/// subject of a verb of remarking or of reacting is a commentator, not a side, however long the subject runs before its verb
/// (the pattern: the subject of a comment may be a list of names, may carry an aside set off by commas and may take an
/// auxiliary before the verb; none of that makes it bound). An aside that tells a signing ("Egypt, which signed it in 1979,
/// said ...") keeps the country a possible side.
/// </summary>
internal static class CommentatorSubject
{
    /// <summary>Verbs of reacting to a document that no side of it uses of its own text: it is judged from outside.</summary>
    private static readonly FrozenSet<string> ReactingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "dismissed", "dismisses", "rejected", "rejects", "criticised", "criticises", "criticized", "criticizes", "condemned", "condemns",
        "denounced", "denounces", "objected", "objects",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words between a subject and its verb that leave the verb the subject's: auxiliaries and a few adverbs of manner or time.</summary>
    private static readonly FrozenSet<string> BeforeTheVerb = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "has", "have", "had", "also", "quickly", "swiftly", "promptly", "immediately", "later", "publicly", "openly", "already", "both", "all" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest aside set off by commas that the subject may carry, in tokens.</summary>
    private const int LongestAside = 24;

    /// <summary>Whether the country opens the subject of a verb of remarking (<paramref name="commenting"/>) or of reacting.</summary>
    public static bool At(List<Token> tokens, Mention country, IReadOnlySet<string> commenting)
    {
        var k = country.TokenEnd;
        var limit = Math.Min(tokens.Count, country.TokenEnd + 40);
        while (k < limit)
        {
            var t = tokens[k];
            if (commenting.Contains(t.Text) || ReactingVerbs.Contains(t.Text)) return !ReportsItsOwnMaking(tokens, k + 1);
            if (t.Text == ",")
            {
                // ", Britain and France": the list of the subject goes on.
                if (k + 1 < tokens.Count && (tokens[k + 1].Lower is "and" or "or" || tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized)) { k++; continue; }
                // ", which hosted the talks,": an aside up to the next comma, unless it tells a signing.
                var close = k + 1;
                while (close < tokens.Count && close <= k + LongestAside && tokens[close].Text is not ("," or ";" or ":" or "." or "?" or "!")) close++;
                if (close >= tokens.Count || tokens[close].Text != "," || close == k + 1) return false;
                for (var j = k + 1; j < close; j++)
                    if (SigningVerb.IsAt(tokens, j)) return false;
                k = close + 1;
                continue;
            }
            if (t.Lower is "and" or "or" or "'s" or "’s" or "of" || t.IsWord && t.IsCapitalized || BeforeTheVerb.Contains(t.Text)) { k++; continue; }
            return false;
        }
        return false;
    }

    /// <summary>"Peru and Chile said they had signed the pact": what follows the verb tells the speakers' own signing or agreeing.</summary>
    private static bool ReportsItsOwnMaking(List<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Count && tokens[j].Text is not (";" or "."); j++)
            if (tokens[j].Lower is "agreed" or "agree" or "adopted" || SigningVerb.IsAt(tokens, j)) return true;
        return false;
    }
}
