namespace RelationsGraph.Cypher.Functions;

/// <summary>
/// Neo4j measures strings in Unicode code points, not UTF-16 units, so a surrogate pair (an emoji, say)
/// counts as one character in size(), substring(), left() and right().
/// </summary>
internal static class CodePoints
{
    public static int Count(string text)
    {
        var count = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
            if (char.IsSurrogatePair(text[i], text[i + 1])) { count--; i++; }
        return count;
    }

    /// <summary>The UTF-16 index where the code point with the given index starts (text.Length past the end).</summary>
    public static int ToUtf16Index(string text, int codePointIndex)
    {
        var index = 0;
        for (var seen = 0; seen < codePointIndex && index < text.Length; seen++)
            index += index + 1 < text.Length && char.IsSurrogatePair(text[index], text[index + 1]) ? 2 : 1;
        return index;
    }

    /// <summary>Up to <paramref name="length"/> code points starting at code point <paramref name="start"/>.</summary>
    public static string Slice(string text, int start, int length)
    {
        var from = ToUtf16Index(text, start);
        var to = from + ToUtf16Index(text[from..], length);
        return text[from..to];
    }
}
