using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "A and B signed two documents. The first, the Treaty of X, ... The second, a declaration on Y, ...": a signing of a counted
/// plural of documents names none of them; the story then enumerates them, each opened by an ordinal ("The first,", "A third
/// text,"). The people who signed the counted plural signed each document so enumerated (the pattern: a cataphoric plural
/// resolved by the list of ordinals that follows it), unless the item's own sentence names its signers. Each item so opened
/// is a document of its own, not one told before, even under a definite article ("A third text, the agreement on X").
/// </summary>
internal static class CountedDocuments
{
    /// <summary>Words that may name an enumerated item before its comma: "The first document,", "A third text,".</summary>
    private static readonly FrozenSet<string> ItemNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "document", "text", "agreement", "accord", "treaty", "declaration", "protocol", "instrument", "pact", "deal", "memorandum", "convention" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Modifiers allowed between the count and the plural noun ("two boundary treaties", "four cooperation documents").</summary>
    private const int MaxModifiers = 2;

    /// <summary>How many sentences after the counted signing its documents may still be enumerated.</summary>
    public const int EnumerationReach = 8;

    /// <summary>"two documents", "the four agreements", "three boundary treaties" opening at <paramref name="k"/>.</summary>
    public static bool At(List<Token> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].Lower == "the") k++;
        if (k >= tokens.Count || !CountWords.TryRead(tokens[k].Text, 2, 12, out _)) return false;
        for (var n = k + 1; n < tokens.Count && n <= k + 1 + MaxModifiers && tokens[n].IsWord; n++)
            if (AgreementKinds.PluralDocumentNouns.Contains(tokens[n].Text)) return true;
        return false;
    }

    /// <summary>Whether a signing verb of the sentence takes a counted plural of documents as its object.</summary>
    public static bool SignedIn(List<Token> tokens)
    {
        for (var v = 0; v < tokens.Count; v++)
            if (SigningVerb.IsAt(tokens, v) && At(tokens, SigningVerb.ObjectStart(tokens, v))) return true;
        return false;
    }

    /// <summary>"The first, the Treaty ...", "A third text, the agreement ...": the mention stands right after an ordinal opener and its comma.</summary>
    public static bool OpensAnItem(AgreementMention m) => OpensAnItem(m.Sentence.Tokens, m.TokenStart);

    /// <summary>Whether the sentence opens with an ordinal item ("The first, ...", "A second, shorter text, ..."), whatever follows.</summary>
    public static bool OpensWithAnItem(List<Token> tokens)
    {
        for (var start = 2; start <= 6 && start < tokens.Count; start++)
            if (OpensAnItem(tokens, start)) return true;
        return false;
    }

    /// <summary>The document reference at <paramref name="start"/> stands right after a sentence's ordinal opener and its comma.</summary>
    public static bool OpensAnItem(List<Token> tokens, int start)
    {
        var k = 0;
        if (k < tokens.Count && tokens[k].Lower is "the" or "a" or "an") k++;
        if (k >= tokens.Count || !Ordinals.IsOrdinal(tokens[k].Text)) return false;
        k++;
        // "A second, shorter text,": an adjective or the item's noun may stand before the comma.
        while (k < tokens.Count && k <= 4 && tokens[k].IsWord && !tokens[k].IsCapitalized && !ItemNouns.Contains(tokens[k].Text) && tokens[k].Text != ",") k++;
        if (k < tokens.Count && ItemNouns.Contains(tokens[k].Text)) k++;
        if (k >= tokens.Count || tokens[k].Text != ",") return false;
        return start == k + 1 || start == DescribedItemName(tokens, k + 1);
    }

    /// <summary>Words that introduce an item's formal name after its description: "formally the Treaty on X".</summary>
    private static readonly FrozenSet<string> FormalNameWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "formally", "officially" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The second, broader text, formally the Agreement on X, ...": after the ordinal's comma, a description of the item (lower-case
    /// adjectives and an item noun) and its comma, then "formally"/"officially", may stand before the item's name (the pattern: an
    /// enumerated item described first and named after). Returns where the name starts, or -1.
    /// </summary>
    private static int DescribedItemName(List<Token> tokens, int k)
    {
        var first = k;
        while (k < tokens.Count && k <= first + 3 && tokens[k].IsWord && !tokens[k].IsCapitalized && !ItemNouns.Contains(tokens[k].Text)) k++;
        if (k >= tokens.Count || !ItemNouns.Contains(tokens[k].Text) || k + 1 >= tokens.Count || tokens[k + 1].Text != ",") return -1;
        k += 2;
        return k < tokens.Count && FormalNameWords.Contains(tokens[k].Text) ? k + 1 : -1;
    }
}
