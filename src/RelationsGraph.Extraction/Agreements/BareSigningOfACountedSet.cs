using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Three documents came out of the talks and were signed: a declaration, a ceasefire and a political agreement. Minister A
/// signed for the government, and B signed for the rebels": a bare signing told just after a counted plural of documents
/// made together signs each document of that set, not only the one named last (the pattern: "the three documents" told as
/// one signed package, then who signed, without naming a document again).
/// </summary>
internal static class BareSigningOfACountedSet
{
    /// <summary>How many sentences back from the bare signing the counted set may be told.</summary>
    private const int Reach = 2;

    /// <summary>
    /// The other documents of the counted set that <paramref name="signed"/> belongs to, when a sentence within
    /// <see cref="Reach"/> before <paramref name="sentence"/> counts a plural of documents ("three documents", "two accords")
    /// and concludes at least two documents, one of them <paramref name="signed"/>, and the sentences between name no other
    /// document; else none.
    /// </summary>
    public static IEnumerable<Agreement> OthersOfTheSet(Agreement signed, Sentence sentence, IReadOnlyList<Sentence> sentences, IReadOnlyList<Agreement> agreements)
    {
        for (var index = sentence.Index - 1; index >= 0 && index >= sentence.Index - Reach; index--)
        {
            var set = agreements.Where(a => !a.Mentions.Any(m => m.Recalled)
                                            && a.Mentions.Any(m => m.Sentence.Index == index && m.Concluded && !m.NotMade && !m.Upheld)).ToList();
            var between = agreements.Where(a => a.Mentions.Any(m => m.Sentence.Index > index && m.Sentence.Index < sentence.Index)).ToList();
            if (set.Count >= 2 && set.Contains(signed) && between.All(set.Contains) && CountsDocuments(sentences[index].Tokens))
                return set.Where(a => a != signed);
        }
        return [];
    }

    /// <summary>"three documents", "two accords", "both agreements", "12 texts": a count before a plural document noun.</summary>
    private static bool CountsDocuments(List<Token> tokens)
    {
        for (var k = 1; k < tokens.Count; k++)
            if (AgreementKinds.PluralDocumentNouns.Contains(tokens[k].Text) && CountWords.TryReadSpelledOrFigures(tokens[k - 1].Text, 2, 20, out _))
                return true;
        return false;
    }
}
