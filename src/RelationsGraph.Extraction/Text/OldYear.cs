namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "the 1662 Treaty of Ostravel", "the Velmora Accord of 1589", "a frontier fixed in 1713": retrospectives and
/// history pieces tell documents and events of centuries past, whose years (1500 to 1799) the readers of modern years
/// (1800 to 2100) pass over, so that such a document takes another year, often the story's. A four-digit number from 1500
/// is read as a year only where its place tells a time or a document: inside a document's name, or after a preposition of
/// time with no plural noun after it ("in 1500 boats" counts things). A bare number elsewhere stays a number.
/// </summary>
public static class OldYear
{
    /// <summary>The earliest year read.</summary>
    public const int Earliest = 1500;

    /// <summary>Prepositions of time an old year is told after.</summary>
    private static readonly FrozenSet<string> TimePrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "in", "since", "during", "until", "till", "from" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The year a four-digit token from <see cref="Earliest"/> to 2100 names, where its place already tells a year (a document's name).</summary>
    public static int? InName(Token t) => t.Text.Length == 4 && t.Text.All(char.IsAsciiDigit) && int.Parse(t.Text) is var y && y is >= Earliest and <= 2100 ? y : null;

    /// <summary>
    /// The year at token <paramref name="k"/>: one from 1800 to 2100 as before, or one from <see cref="Earliest"/> told
    /// after a preposition of time ("in 1713", "since 1648") with no plural noun after it.
    /// </summary>
    public static int? Told(List<Token> tokens, int k)
    {
        if (InName(tokens[k]) is not { } y) return null;
        if (y >= 1800) return y;
        if (k < 1 || !TimePrepositions.Contains(tokens[k - 1].Text)) return null;
        if (k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && tokens[k + 1].Lower.EndsWith('s')
            && tokens[k + 1].Lower is not ("was" or "has" or "is" or "as" or "this" or "its" or "his" or "us")) return null;
        return y;
    }
}
