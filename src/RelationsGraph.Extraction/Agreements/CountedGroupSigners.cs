using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The two sides signed a framework agreement" at a summit of ten leaders, "signed a memorandum in the presence of the two
/// leaders": a counted group stands for the meeting's people only when it is the verb's subject, not a witness after a
/// third party's word, and only when the meeting has as many people as the group counts (the pattern: "the two leaders"
/// names two people, not a whole summit).
/// </summary>
internal static class CountedGroupSigners
{
    /// <summary>Office nouns a counted group may also have as its head ("the two ministers"), besides the group nouns of <see cref="GroupReference"/>.</summary>
    private static readonly FrozenSet<string> OfficeHeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "ministers", "premiers", "heads" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Words that make the group a witness of the act: "in the presence of the two leaders", "watched by both men".</summary>
    private static readonly FrozenSet<string> WitnessWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "presence", "watched", "witnessed", "before", "looked", "observed", "flanked" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The number the sentence's group phrase counts ("the two leaders" → 2), or null when it counts none.</summary>
    public static int? Count(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 1; i < tokens.Count; i++)
            if (CountWords.TryRead(tokens[i - 1].Text, 2, 5, out var n) && HeadWithin(tokens, i, 1)) return n;
        return null;
    }

    /// <summary>Whether every group phrase of the sentence follows a witness's word within three words ("in the presence of the two leaders").</summary>
    public static bool OnlyWitnesses(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        var any = false;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!CountWords.TryRead(tokens[i - 1].Text, 2, 5, out _) || !HeadWithin(tokens, i, 0)) continue;
            // "Ministers from both sides signed": the group only tells whose officials signed (see OfficialsOfTheSides).
            if (!WitnessWordBefore(tokens, i - 1) && !WitnessVerbAfter(tokens, i) && !OfficialsOfTheSides.At(tokens, i - 1)) return false;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// "both presidents looked on while their envoys signed ...", "the two presidents watched while ...": the group is the subject of
    /// a verb of witnessing right after its head, so the signing it watches is someone else's.
    /// </summary>
    private static bool WitnessVerbAfter(List<Token> tokens, int head) =>
        head + 1 < tokens.Count && tokens[head + 1].Lower is "looked" or "watched" or "witnessed" or "observed" or "stood";

    /// <summary>A witness's word among the four words before the group's number.</summary>
    private static bool WitnessWordBefore(List<Token> tokens, int number)
    {
        for (var k = Math.Max(0, number - 4); k < number; k++)
            if (WitnessWords.Contains(tokens[k].Text)) return true;
        return false;
    }

    /// <summary>
    /// Whether a group's head noun stands at <paramref name="from"/> or up to <paramref name="extra"/> words later: the count
    /// reads past one word ("the two foreign ministers"); the witness test reads only the number right before the noun.
    /// </summary>
    private static bool HeadWithin(List<Token> tokens, int from, int extra)
    {
        for (var k = from; k <= from + extra; k++)
            if (k < tokens.Count && IsHead(tokens[k])) return true;
        return false;
    }

    private static bool IsHead(Token token) => GroupReference.IsHead(token) || OfficeHeads.Contains(token.Text);
}
