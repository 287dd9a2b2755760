using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "cooperation in Energy and Mining", "from Defense to Education", "documents held in the Archive": pages capitalise common
/// nouns for emphasis, as sector names or in title-case headings, and a locative before them makes them look like places.
/// A place read from one capitalised word the knowledge does not know is such a noun when the same story also writes that
/// word in lower case ("the mining sector", "the archive's files"): a town's name is never written in lower case (pattern:
/// a common noun capitalised for emphasis keeps its lower-case uses elsewhere in the text).
/// </summary>
internal static class CommonNounCapitalised
{
    public static List<IReadOnlyList<Mention>> Apply(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> bySentence)
    {
        HashSet<string>? candidates = null;
        foreach (var mentions in bySentence)
            foreach (var m in mentions)
                if (IsCandidate(m)) (candidates ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.Surface.ToLowerInvariant());
        if (candidates is null) return bySentence;
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
            foreach (var t in sentence.Tokens)
                if (t.Text.Length > 0 && char.IsLower(t.Text[0]) && candidates.Contains(t.Text)) written.Add(t.Text);
        if (written.Count == 0) return bySentence;
        bool Common(Mention m) => IsCandidate(m) && written.Contains(m.Surface.ToLowerInvariant());
        return bySentence.Select(mentions => mentions.Any(Common) ? (IReadOnlyList<Mention>)mentions.Where(m => !Common(m)).ToList() : mentions).ToList();
    }

    /// <summary>An unknown place (no canonical name from the knowledge) of one title-case word: "Mining", "Archive".</summary>
    private static bool IsCandidate(Mention m) =>
        m.Kind == MentionKind.Place && m.Canonical is null && m.Iso2 is null && m.TokenEnd - m.TokenStart == 1 && m.Surface.Length > 2 &&
        char.IsUpper(m.Surface[0]) && m.Surface.Skip(1).All(char.IsLower);
}
