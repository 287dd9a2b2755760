using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "back to the Shogun's council", "at the Amir's winter palace", "early in the Republican's first term": one capitalised word
/// after "the" and before a possessive and a lower-case noun is the owner of that noun (a ruler by rank, a party's man, a
/// newspaper, a hotel), and the preposition before it governs the owned noun, not the owner (pattern: "the X's noun" after a
/// locative; a town written with "the" is a known name, so an unknown one is a common noun or a rank capitalised).
/// </summary>
internal static class DefiniteOwnerBeforeItsNoun
{
    /// <summary>The one-word name in [first, last) follows "the" and owns a lower-case noun (or an adjective and noun) after it.</summary>
    public static bool Owns(IReadOnlyList<Token> tokens, int first, int last, int wordCount) =>
        wordCount == 1 && first >= 1 && tokens[first - 1].Lower == "the" && last + 1 < tokens.Count && tokens[last].Text is "'s" or "’s" &&
        tokens[last + 1].IsWord && !tokens[last + 1].IsCapitalized;
}
