using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "an agreement on economic, trade, investment and cultural cooperation", "a memorandum on health, education, and energy":
/// the topic of an untitled document may be a list of single lower-case words joined by commas and a last "and" or "or",
/// which the topic runs through rather than ending at its first comma (the pattern: a run of bare words
/// "a, b and c" is one coordinated modifier or noun, not the end of the phrase).
/// </summary>
internal static class TopicWordList
{
    private static readonly FrozenSet<string> NoItems = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "a", "an", "this", "that", "these", "those", "their", "its", "his", "her", "our", "which", "who", "while", "but", "and", "or",
          "was", "were", "is", "are", "will", "would", "has", "had", "have", "be", "been", "said", "signed", "at", "in", "on", "for", "to", "by", "with" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsItem(List<Token> tokens, int k) =>
        k < tokens.Count && tokens[k].IsWord && !tokens[k].IsCapitalized && !NoItems.Contains(tokens[k].Text) && !tokens[k].Text.All(char.IsDigit);

    /// <summary>
    /// Where the list ends (the token after its last item) when the comma at <paramref name="comma"/> goes on a list of
    /// single words that opens the topic right after its preposition at <paramref name="preposition"/>; -1 otherwise.
    /// </summary>
    public static int End(List<Token> tokens, int preposition, int comma)
    {
        if (tokens[comma].Text != ",") return -1;
        // Every item before the comma is one word: "on a, b, c".
        for (var k = comma - 1; k > preposition; k -= 2)
        {
            if (!IsItem(tokens, k)) return -1;
            if (k - 1 != preposition && tokens[k - 1].Text != ",") return -1;
        }
        var j = comma + 1;
        while (j < tokens.Count)
        {
            // ", and c" (the serial comma) or "b and c": the last item, which may lead its head noun.
            if (tokens[j].Lower is "and" or "or") return IsItem(tokens, j + 1) ? j + 2 : -1;
            if (!IsItem(tokens, j) || j + 1 >= tokens.Count) return -1;
            if (tokens[j + 1].Lower is "and" or "or") return IsItem(tokens, j + 2) ? j + 3 : -1;
            if (tokens[j + 1].Text != ",") return -1;
            j += 2;
        }
        return -1;
    }
}
