using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Text;

/// <summary>
/// Splits a sentence into tokens: dotted acronyms ("U.S.", "D.C."), words with inner hyphens or
/// apostrophes ("Jae-myung", "O'Brien"), the possessive "'s" on its own, numbers, punctuation.
/// A hyphen before a capital ("Japan-South Korea") separates two names and is its own token.
/// </summary>
public static partial class Tokenizer
{
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|[\p{L}\p{M}\d]+(?:(?:-(?!\p{Lu})|['’](?!s\b))[\p{L}\p{M}\d]+)*|['’]s\b|\S")]
    private static partial Regex TokenPattern();

    public static List<Token> Tokenize(string sentence)
    {
        // Sized up front (about one token per five characters of news prose): growing the list was a visible share of tokenizing.
        var tokens = new List<Token>(sentence.Length / 5 + 4);
        // Enumerated as value matches: a Match object per token was the largest allocation of the whole extraction.
        var words = (t_words ??= new Dictionary<string, string>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in TokenPattern().EnumerateMatches(sentence)) tokens.Add(TokenAt(sentence, m.Index, m.Length, words));
        return tokens;
    }

    // Punctuation and other one-character tokens are shared strings, with their lowercase forms.
    private static readonly string[] AsciiChars = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>
    /// Words met before on this thread, each with its lowercase form: the same words recur through an article and across
    /// articles, and a string for each token and another for its lowercase form were the largest allocation of tokenizing.
    /// Cleared when full, so that the text of a long run does not pile up.
    /// </summary>
    [ThreadStatic] private static Dictionary<string, string>? t_words;

    private const int WordsKept = 8192;

    private static Token TokenAt(string sentence, int index, int length, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        var first = sentence[index];
        if (length == 1 && first < 128) return new Token(AsciiChars[first], index, AsciiChars[char.ToLowerInvariant(first)]);
        if (words.TryGetValue(sentence.AsSpan(index, length), out var text, out var lower)) return new Token(text, index, lower);
        text = sentence.Substring(index, length);
        lower = text.ToLowerInvariant();
        var known = words.Dictionary;
        if (known.Count >= WordsKept) known.Clear();
        known[text] = lower;
        return new Token(text, index, lower);
    }
}
