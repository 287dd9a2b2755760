namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the document told last": a back-reference with no name of its own (a renaming, a list of parties) points to the
/// agreement mentioned latest before it, as a reader resolves it. Positions order mentions through the article.
/// </summary>
internal static class DocumentToldLast
{
    /// <summary>A mention's place in the article: its sentence, then its first token.</summary>
    public static int Position(AgreementMention mention) => Position(mention.Sentence.Index, mention.TokenStart);

    public static int Position(int sentenceIndex, int token) => sentenceIndex * 10_000 + token;

    /// <summary>The agreement with the latest mention before bound (a Position), the first listed of equals; null when none is.</summary>
    public static Agreement? Before(IEnumerable<Agreement> agreements, int bound) =>
        agreements.Where(a => a.Mentions.Any(x => Position(x) < bound))
            .OrderByDescending(a => a.Mentions.Where(x => Position(x) < bound).Max(Position)).FirstOrDefault();
}
