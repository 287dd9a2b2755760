using System.Collections.Frozen;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Visiting Forces Agreement", "the 2004 Tarvia Association Agreement", "the Orlen Union Treaty", "a Joint Press
/// Statement": a word that would end a body's name ("Forces", "Association", "Union", "Press") run straight into a
/// capitalised document noun is a word of the document's title, not the last word of a body (the pattern: news titles a
/// document after what it sets up or covers, and the noun of the document closes the name). The words before it are read
/// as they would be without the suffix, so a country in the title stays a country.
/// </summary>
internal static class SuffixWordOfADocumentTitle
{
    /// <summary>Capitalised nouns that close a document's title.</summary>
    private static readonly FrozenSet<string> DocumentNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "Agreement", "Agreements", "Accord", "Accords", "Treaty", "Treaties", "Declaration", "Memorandum", "Protocol", "Convention",
        "Charter", "Pact", "Statement", "Communique", "Communiqué",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The chunk at <paramref name="k"/> (an organization suffix word) is followed right away by a document noun.</summary>
    public static bool At(IReadOnlyList<NameChunk> chunks, int k) =>
        k + 1 < chunks.Count && chunks[k + 1].Start == chunks[k].End && DocumentNouns.Contains(chunks[k + 1].Text);
}
