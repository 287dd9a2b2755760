using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Norland signed the treaty with Estra in 1990, and Valdoria followed in 1992", "on 14 May Valdoria followed, through a
/// mission led by ...": a country told as the bare subject of "followed" (no object after it) made a document of its own
/// after the one the sentence has told; it is no side of any document of the sentence except one its own clause names right
/// after the verb ("Valdoria followed with its own treaty") (the pattern: "X followed" recalls a like step taken apart, as
/// "did the same" does, so X shares no text with the earlier makers).
/// </summary>
internal static class FollowerOfAnotherDocument
{
    private static readonly FrozenSet<string> Determiners = new HashSet<string>(StringComparer.Ordinal)
    {
        "the", "a", "an", "by", "its", "their", "his", "her", "this", "that", "these", "those", "it", "them", "him",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the country is the bare subject of "followed" and the document does not open in its clause right after the verb.</summary>
    public static bool At(List<Token> tokens, Mention country, int documentStart)
    {
        var verb = country.TokenEnd;
        if (verb >= tokens.Count || tokens[verb].Lower != "followed") return false;
        // "Norland followed the talks closely", "was followed by": a verb with an object or a passive is another sense.
        var next = verb + 1;
        if (next < tokens.Count && (Determiners.Contains(tokens[next].Lower) || tokens[next].IsCapitalized)) return false;
        // "Valdoria followed with its own treaty": the document its own clause names right after the verb is its own.
        if (documentStart > verb && !Enumerable.Range(verb + 1, documentStart - verb - 1).Any(k => tokens[k].Text is "," or ";" or ":" || tokens[k].Lower == "and")) return false;
        return true;
    }
}
