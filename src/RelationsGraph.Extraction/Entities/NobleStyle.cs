using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Baron Ulrich Kessing", "Count Tavel", "Marquis de Morvanne": continental ranks of nobility written before a person's
/// name, as histories and old dispatches name envoys and ministers, show that the name is a person's, even after "to" or
/// "with" where an unknown name would be read as a place (pattern: a European noble styled "Rank Name"). Before a full name
/// of two words or more the rank is a style, left out of the name as "Sir" is (the styled form is kept among the person's
/// names, <see cref="RoyalStyle"/>); before a single name ("Count Tavel", "Marquis de Morvanne") it stays part of the name,
/// which the bare surname would not identify.
/// </summary>
internal static class NobleStyle
{
    public static readonly string[] Styles =
    [
        "Baron", "Baroness", "Count", "Countess", "Marquis", "Marquise", "Marquess", "Marchioness", "Viscount", "Viscountess",
        "Vicomte", "Vicomtesse", "Comte", "Comtesse",
    ];

    private static readonly HashSet<string> StyleSet = new(Styles, StringComparer.Ordinal);

    /// <summary>
    /// Chunk <paramref name="at"/> is a rank of nobility before a full name (two capitalised words or more) that runs to chunk
    /// <paramref name="end"/>; a particle right after the rank ("Marquis di San Marco") makes the rank part of the name.
    /// </summary>
    public static bool IsStyleBeforeFullName(List<NameChunk> chunks, int at, int end) =>
        chunks[at].IsUnknownWord && StyleSet.Contains(chunks[at].Text) && at + 1 <= end && chunks[at + 1].IsUnknownWord && NamesAfter(chunks, at, end) >= 2 &&
        !chunks.Skip(at + 1).Take(end - at).Any(c => c.IsJoiner && c.Text == "of");

    /// <summary>
    /// "Count Anselm of Tessau": a rank, one given name, "of" and the capitalised seat of the family are one name; returns the
    /// chunk that ends it, or null when the run at <paramref name="at"/> (ending at <paramref name="end"/>) is not so written.
    /// </summary>
    public static int? TerritoryEnd(List<NameChunk> chunks, int at, int end)
    {
        if (end != at + 1 || end + 2 >= chunks.Count || !chunks[at].IsUnknownWord || !StyleSet.Contains(chunks[at].Text) || !chunks[end].IsUnknownWord) return null;
        var seat = chunks[end + 2];
        return chunks[end + 1].IsJoiner && chunks[end + 1].Text == "of" && char.IsUpper(seat.Text[0]) &&
               (seat.IsUnknownWord || seat.Kind is GazetteerKind.Place or GazetteerKind.Capital)
            ? end + 2
            : null;
    }

    /// <summary>The run's words are a rank of nobility and one or two capitalised names after it ("Count Tavel").</summary>
    public static bool Opens(IReadOnlyList<string> words)
    {
        if (words.Count is < 2 or > 3 || !StyleSet.Contains(words[0])) return false;
        for (var k = 1; k < words.Count; k++)
            if (words[k].Length < 2 || !char.IsUpper(words[k][0]) || !words[k].Skip(1).Any(char.IsLower) || StyleSet.Contains(words[k])) return false;
        return true;
    }

    /// <summary>"Count Tavel" → "Tavel": the name without its rank, or null when it opens with none.</summary>
    /// <remarks>A single name after the rank is the family name of a person the article may have named in full before ("Baron
    /// Ulrich Kessing ... Baron Kessing"): <see cref="PersonResolver"/> joins it to that person.</remarks>
    public static string? Without(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && StyleSet.Contains(name[..space]) && space + 1 < name.Length ? name[(space + 1)..] : null;
    }

    private static int NamesAfter(List<NameChunk> chunks, int at, int end)
    {
        var names = 0;
        for (var k = at + 1; k <= end; k++)
            if (chunks[k].IsUnknownWord && char.IsUpper(chunks[k].Text[0]) && chunks[k].Text.Any(char.IsLower)) names++;
        return names;
    }
}
