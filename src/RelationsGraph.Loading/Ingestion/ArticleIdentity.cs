namespace RelationsGraph.Loading.Ingestion;

/// <summary>
/// An article is its cleaned text (its sha256), not its file name. The id extraction proposes
/// ("article:" + the file's stem) is kept while no other text holds it; a different text under a
/// name already in use gets the id with a short digest of its own text appended, so no load ever
/// replaces another article. Deterministic: the same text under the same name gets the same id.
/// </summary>
public static class ArticleIdentity
{
    public const char DigestSeparator = '~';

    /// <summary>The ids an article may take, in order of preference.</summary>
    public static IReadOnlyList<string> Candidates(string proposedId, string sha256) =>
    [
        proposedId,
        proposedId + DigestSeparator + sha256[..Math.Min(8, sha256.Length)],
        proposedId + DigestSeparator + sha256[..Math.Min(16, sha256.Length)],
        proposedId + DigestSeparator + sha256,
    ];
}
