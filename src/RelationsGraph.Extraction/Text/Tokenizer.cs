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
        foreach (var m in TokenPattern().EnumerateMatches(sentence)) tokens.Add(new Token(TextOf(sentence, m.Index, m.Length), m.Index));
        return tokens;
    }

    // Punctuation and the commonest words are shared strings: a new string per token was the tokenizer's largest allocation.
    private static readonly string[] AsciiChars = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "the", "The", "a", "A", "an", "and", "of", "in", "In", "to", "on", "On", "for", "that", "at", "At", "by", "with", "said", "was",
        "as", "is", "had", "it", "It", "from", "would", "which", "not", "who", "be", "will", "their", "his", "her", "its", "after", "After",
        "has", "have", "he", "He", "she", "She", "this", "This", "were", "been", "before", "since", "are", "but", "also", "more", "one",
        "two", "three", "both", "over", "up", "under", "between", "they", "They", "we", "We", "or", "all", "about", "into", "than",
        "other", "there", "when", "while", "during", "new", "year", "years", "last", "first", "minister", "Minister", "President",
        "Prime", "Foreign", "foreign", "leaders", "talks", "summit", "agreement", "meeting", "visit", "signed", "sign", "state",
        "countries", "government", "officials", "told", "held", "deal", "joint", "United", "States", "Secretary", "ministers", "agreed",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonWordLookup = CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // The lower-case forms of the capitalised common words, shared as the words are.
    private static readonly Dictionary<string, string> CommonLower =
        CommonWords.Where(w => char.IsUpper(w[0])).ToDictionary(w => w, w => CommonWords.TryGetValue(w.ToLowerInvariant(), out var l) ? l : w.ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary><paramref name="text"/> in lower case (<see cref="Token.Lower"/>), without a new string for a common word.</summary>
    internal static string LowerOf(string text) =>
        text.Length > 0 && char.IsUpper(text[0]) && CommonLower.TryGetValue(text, out var lower) ? lower : text.ToLowerInvariant();

    private static string TextOf(string sentence, int index, int length)
    {
        if (length == 1 && sentence[index] < 128) return AsciiChars[sentence[index]];
        return CommonWordLookup.TryGetValue(sentence.AsSpan(index, length), out var shared) ? shared : sentence.Substring(index, length);
    }
}
