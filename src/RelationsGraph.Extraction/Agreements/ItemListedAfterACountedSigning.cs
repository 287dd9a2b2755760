using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The three delegations signed two texts: a trade protocol and a memorandum on fisheries": each document listed after the
/// colon that closes a signing verb's counted plural object is governed by that verb as much as the first (the pattern: the
/// counted plural announces the list, and every item of it was signed by the verb's subject, not only the one next to the verb).
/// </summary>
internal static class ItemListedAfterACountedSigning
{
    /// <summary>How many words after the colon an item may still start.</summary>
    private const int Reach = 40;

    /// <summary>Whether the document reference at <paramref name="start"/> stands in the list after "signed N documents:".</summary>
    public static bool At(List<Token> tokens, int start)
    {
        // Walk back to the colon of the list, within the clause.
        for (var c = start - 1; c > 0 && c >= start - Reach; c--)
        {
            if (tokens[c].Text is ";" or "." ) return false;
            if (tokens[c].Text != ":") continue;
            // "signed two texts:", "signed the four agreements:": the colon closes the counted object of a signing verb.
            for (var v = Math.Max(0, c - 8); v < c; v++)
                if (SigningVerb.IsAt(tokens, v) && SigningVerb.ObjectStart(tokens, v) is var o && o < c && CountedDocuments.At(tokens, o) && ClosesTheObject(tokens, o, c))
                    return true;
            return false;
        }
        return false;
    }

    /// <summary>Only the counted plural (with "the" and modifiers) stands between the object's start and the colon.</summary>
    private static bool ClosesTheObject(List<Token> tokens, int objectStart, int colon)
    {
        for (var k = objectStart; k < colon; k++)
            if (!tokens[k].IsWord && !CountWords.TryRead(tokens[k].Text, 2, 12, out _)) return false;
        return colon - objectStart <= 5;
    }
}
