using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The trip was watched closely in Varo", "the summit drew criticism in Lindham", "the meeting is remembered in Ostrel
/// for ...", "the accord was seen in Tollin as a gift": a place after a word of how an event was taken (a reaction noun,
/// a passive verb of watching or remembering, or a verb of construal with "as" after the place) is where people reacted,
/// not where the event was held; so is the place of the people who answer it ("seized on by the opposition in Varo", "critics
/// in Lindham") (pattern: the place of the reception read as HELD_IN).
/// </summary>
internal static class ReactionPlace
{
    /// <summary>Nouns of a response that a place after "in" locates: "drew criticism in", "carries weight in", "raised eyebrows in".</summary>
    private static readonly FrozenSet<string> ReactionNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "criticism", "weight", "attention", "eyebrows", "anger", "concern", "concerns", "alarm", "unease", "dismay", "outrage", "fury",
        "scepticism", "skepticism", "suspicion", "misgivings", "disquiet", "irritation", "consternation", "headlines", "resentment",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The people who answer an event, placed where they are: "the opposition in", "critics in", "his opponents in".</summary>
    private static readonly FrozenSet<string> Answerers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "critics", "opposition", "opponents", "commentators", "detractors", "sceptics", "skeptics",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of watching or keeping in mind, in the passive ("was watched closely in", "is remembered in").</summary>
    private static readonly FrozenSet<string> PassiveReceptionVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "watched", "followed", "remembered", "felt", "noticed", "scrutinised", "scrutinized",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of construal, which take "as" after the place ("was read in X as a signal", "is seen in X as").</summary>
    private static readonly FrozenSet<string> ConstrualVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "seen", "read", "viewed", "regarded", "perceived", "interpreted",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between the response word and "in": adverbs ("watched closely in"), adjectives of a reaction noun ("drew sharp criticism in").</summary>
    private static readonly FrozenSet<string> Adverbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "closely", "widely", "keenly", "carefully", "nervously", "anxiously", "intently", "warily", "still", "also", "much", "mainly", "largely", "generally",
        "immediate", "considerable", "sharp", "fresh", "particular", "some", "little", "real",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The forms of "be" that make a participle passive.</summary>
    private static readonly FrozenSet<string> BeForms = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "be", "been", "being",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Is(List<Token> tokens, Mention place)
    {
        var k = place.TokenStart - 1;
        if (k > 0 && tokens[k].Lower == "the") k--;
        if (k < 1 || tokens[k].Lower is not ("in" or "across" or "throughout")) return false;
        var j = k - 1;
        while (j > 0 && Adverbs.Contains(tokens[j].Text)) j--;
        var word = tokens[j].Text;
        if (ReactionNouns.Contains(word) || Answerers.Contains(word)) return true;
        if (PassiveReceptionVerbs.Contains(word)) return Passive(tokens, j);
        // "is seen in X as", or a reduced relative on a noun: "a gesture read in X as".
        if (!ConstrualVerbs.Contains(word) || !(Passive(tokens, j) || j > 0 && !tokens[j - 1].IsCapitalized && tokens[j - 1].Text.All(char.IsLetter) &&
                                                tokens[j - 1].Lower is not ("he" or "she" or "they" or "we" or "i" or "who" or "it"))) return false;
        for (var a = place.TokenEnd; a < tokens.Count && a <= place.TokenEnd + 1; a++)
            if (tokens[a].Lower == "as") return true;
        return false;
    }

    /// <summary>A form of "be" right before the participle, or before an adverb that precedes it ("is still remembered").</summary>
    private static bool Passive(List<Token> tokens, int participle)
    {
        var b = participle - 1;
        while (b > 0 && Adverbs.Contains(tokens[b].Text)) b--;
        return b >= 0 && BeForms.Contains(tokens[b].Text);
    }
}
