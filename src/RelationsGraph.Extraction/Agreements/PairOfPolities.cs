using System.Collections.Frozen;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The two empires had fixed their border back in 1639 by the Treaty of X", "the earlier treaties between the two crowns":
/// a history names its two sides by their kind of polity (states, empires, crowns, republics, kingdoms), and a document such
/// a phrase stands next to is theirs, the pair whose own document the story is about (the pattern: the treaties two powers
/// made before are told as made by "the two empires", not by name). Only the document nearest the phrase takes the pair.
/// </summary>
internal static class PairOfPolities
{
    private static readonly FrozenSet<string> Polities = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "states", "empires", "crowns", "republics", "kingdoms", "monarchies" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public const string Rule = "the story's pair of states a phrase such as 'the two empires' next to the document names (PairOfPolities)";

    /// <summary>The index of the first "the two"/"these two"/"both" before a polity noun in the tokens, or -1.</summary>
    public static int At(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!Polities.Contains(tokens[i + 1].Text)) continue;
            // "leading to two states" is no pair the reader was given: only "the two", "these two" or "both" points back.
            if (tokens[i].Lower == "both" || tokens[i].Lower == "two" && i > 0 && tokens[i - 1].Lower is "the" or "these" or "those") return i;
        }
        return -1;
    }

    /// <summary>
    /// Whether the sentence of <paramref name="mention"/> holds the phrase and every other document reference of the sentence
    /// (<paramref name="inSentence"/>) stands clearly farther from it: "the Varnel pact binds the two states, the Ostrand
    /// charter the militias" leaves the phrase between two documents, so it names the sides of neither.
    /// </summary>
    public static bool Names(AgreementMention mention, IEnumerable<AgreementMention> inSentence)
    {
        var at = At(mention.Sentence.Tokens);
        if (at < 0) return false;
        var gap = Gap(mention, at);
        return inSentence.All(o => o == mention || o.TokenStart == mention.TokenStart || Gap(o, at) > gap + Margin);
    }

    /// <summary>How many more words away than the nearest document another must stand for the phrase to be the nearest one's.</summary>
    private const int Margin = 2;

    private static int Gap(AgreementMention m, int at) => m.TokenEnd <= at ? at - m.TokenEnd : Math.Max(0, m.TokenStart - (at + 2));

    /// <summary>
    /// The story's pair: the two sides of the document told most often among those with exactly two sides the text gives
    /// with some firmness (the meeting's participants or better), or null when no document has such a pair.
    /// </summary>
    public static IReadOnlyList<string>? StorysPair(IEnumerable<(Agreement Agreement, IReadOnlyDictionary<string, double> Sides)> documents) =>
        documents.Where(d => d.Sides.Count == 2 && d.Sides.Values.All(c => c >= 0.75))
            .OrderByDescending(d => d.Agreement.Mentions.Count).ThenByDescending(d => d.Sides.Values.Min())
            .Select(d => (IReadOnlyList<string>)d.Sides.Keys.Order(StringComparer.Ordinal).ToList()).FirstOrDefault();
}
