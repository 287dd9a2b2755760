using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the Treaty of Amity, Trade and Shipping", "the Pact on Fisheries, Ports and Pilotage", "the
/// Declaration of Peace, Trade, and Good Neighbourly Relations": a formal title's subject is often a list of capitalised
/// nouns set apart by commas and closed by "and" (or ", and"). The comma is inside the title only when the list is closed
/// that way: "the Treaty of Friendship, Ruritania said" ends at the comma (the pattern: an official title lists its
/// subjects in title case, a sentence goes on in lower case or with a new clause).
/// </summary>
internal static class CapitalisedSubjectList
{
    /// <summary>How many items a subject list may have after its first.</summary>
    private const int MaxItems = 6;

    /// <summary>How many words one item may have.</summary>
    private const int MaxItemWords = 4;

    /// <summary>
    /// Where the list item after the comma at <paramref name="comma"/> starts, when a capitalised list closed by "and" runs
    /// on from it; else -1.
    /// </summary>
    public static int ItemAfter(List<Token> tokens, int comma)
    {
        if (comma >= tokens.Count || tokens[comma].Text != ",") return -1;
        // "the Treaty of Peace and Friendship, Ruritania, Arcadia and ...": a list "and" has closed goes on with no comma.
        var before = ItemStart(tokens, comma) - 1;
        if (before < 0 || tokens[before].Lower == "and") return -1;
        var k = comma + 1;
        // "Peace, Trade, and Good Neighbourly Relations": the serial comma before the closing "and", only after a comma item.
        var closing = k < tokens.Count && tokens[k].Lower == "and";
        if (closing && tokens[before].Text != ",") return -1;
        if (closing) k++;
        var first = k;
        for (var items = 0; items < MaxItems; items++)
        {
            var end = ItemEnd(tokens, k);
            if (end < 0) return -1;
            if (closing) return first;
            if (end >= tokens.Count) return -1;
            if (tokens[end].Lower == "and") closing = true;
            else if (tokens[end].Text == "," && end + 1 < tokens.Count && tokens[end + 1].Lower == "and") { closing = true; end++; }
            else if (tokens[end].Text != ",") return -1;
            k = end + 1;
        }
        return -1;
    }

    /// <summary>Where the capitalised item that ends just before <paramref name="end"/> starts.</summary>
    private static int ItemStart(List<Token> tokens, int end)
    {
        var k = end;
        while (k > 0 && (tokens[k - 1].IsWord && tokens[k - 1].IsCapitalized || tokens[k - 1].Text == "-")) k--;
        return k;
    }

    /// <summary>The end of one capitalised item starting at <paramref name="k"/> (its words and inner hyphens), or -1 when none starts there.</summary>
    private static int ItemEnd(List<Token> tokens, int k)
    {
        var end = k;
        while (end < tokens.Count && end - k < MaxItemWords * 2 &&
               (tokens[end].IsWord && tokens[end].IsCapitalized && !Months.IsMonthOrWeekday(tokens[end].Text) ||
                tokens[end].Text is "-" && end > k && end + 1 < tokens.Count && tokens[end + 1].IsWord && tokens[end + 1].IsCapitalized))
            end++;
        return end == k ? -1 : end;
    }
}
