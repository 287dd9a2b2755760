namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "H. E. Anatol Brisvane", "H.H. Sheikh Tomas Reyl", "H H Dalibor Krettek", "HH Ilario Quenaya": His or Her Excellency and His or
/// Her Highness written as spaced or dotted initials before a name are a style, no part of the name, as the unspaced "H.E." is
/// (pattern: state press offices and Gulf and African wire copy styling heads of state and ministers; see
/// <see cref="Text.Lexicon.NameHonorifics"/>). The spaced letters "H. E." stand for the style only before a full name of two
/// words or more: before a single surname they are a person's initials ("H. E. Bates").
/// </summary>
internal static class LetteredStyle
{
    /// <summary>Chunk <paramref name="at"/> is a letter of such a style before the name that runs to chunk <paramref name="end"/>.</summary>
    public static bool IsStyleBeforeName(List<NameChunk> chunks, int at, int end)
    {
        if (!chunks[at].IsUnknownWord || at >= end) return false;
        var word = chunks[at].Text.TrimEnd('.');
        // "H.H. X", "HH X": the style in one word.
        if (word is "H.H" or "HH") return NameWordsAfter(chunks, at, end) >= 1;
        if (word is not ("E" or "H") || NameWordsAfter(chunks, at, end) < 2) return false;
        // The first letter, before the second ("H" of "H. E."), or the second once the first is passed ("E" of "H. E.", "H" of "H H").
        return word == "H" && Letter(chunks, Next(chunks, at, end)) is "E" or "H" || Letter(chunks, Previous(chunks, at)) == "H";
    }

    private static int Next(List<NameChunk> chunks, int at, int end)
    {
        var k = at + 1;
        while (k <= end && chunks[k].Text == ".") k++;
        return k <= end ? k : -1;
    }

    private static int Previous(List<NameChunk> chunks, int at)
    {
        var k = at - 1;
        while (k >= 0 && chunks[k].Text == ".") k--;
        return k;
    }

    private static string? Letter(List<NameChunk> chunks, int k) => k >= 0 && k < chunks.Count ? chunks[k].Text.TrimEnd('.') : null;

    /// <summary>Capitalised words of two letters or more after <paramref name="at"/>: the name the style stands before.</summary>
    private static int NameWordsAfter(List<NameChunk> chunks, int at, int end)
    {
        var names = 0;
        for (var k = at + 1; k <= end; k++)
            if (chunks[k].Text.TrimEnd('.') is { Length: > 1 } w && char.IsUpper(w[0]) && w is not ("H.H" or "HH" or "H.E")) names++;
        return names;
    }
}
