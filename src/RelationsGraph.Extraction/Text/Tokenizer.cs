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
        var words = t_words ??= new Word[WordSlots];
        foreach (var m in TokenPattern().EnumerateMatches(sentence)) tokens.Add(TokenAt(sentence, m.Index, m.Length, words));
        return tokens;
    }

    // Punctuation and other one-character tokens are shared strings, with their lowercase forms.
    private static readonly string[] AsciiChars = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>A word's text and its lowercase form (the same string when it has no capital).</summary>
    private sealed record Word(string Text, string Lower);

    /// <summary>
    /// Words met before on this thread, one per slot of their hash: the same words recur through an article and across
    /// articles, and a string for each token and another for its lowercase form were the largest allocation of tokenizing.
    /// A slot is overwritten by the next word that falls in it (a dictionary's look-up cost as much as the strings it saved).
    /// </summary>
    [ThreadStatic] private static Word[]? t_words;

    private const int WordSlots = 4096;

    private static Token TokenAt(string sentence, int index, int length, Word[] words)
    {
        var first = sentence[index];
        if (length == 1 && first < 128) return new Token(AsciiChars[first], index, AsciiChars[char.ToLowerInvariant(first)]);
        var span = sentence.AsSpan(index, length);
        var hash = (uint)length;
        foreach (var c in span) hash = (hash ^ c) * 16777619;
        ref var slot = ref words[(hash ^ (hash >> 15)) & (WordSlots - 1)];
        if (slot is not null && span.SequenceEqual(slot.Text)) return new Token(slot.Text, index, slot.Lower);
        var text = sentence.Substring(index, length);
        slot = new Word(text, text.ToLowerInvariant());
        return new Token(text, index, slot.Lower);
    }
}
