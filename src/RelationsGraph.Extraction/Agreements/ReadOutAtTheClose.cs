using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Reading out the closing communiqué on Sunday evening, the host said ...", "the chair read out the joint declaration at the
/// closing session": a joint or final text read out at a gathering is that gathering's product (the pattern: the closing
/// text of a meeting is announced by reading it aloud), so the document is concluded though no verb of making is told.
/// Only a text marked joint, final or closing counts: a reader of any other document only quotes it.
/// </summary>
internal static class ReadOutAtTheClose
{
    private static readonly FrozenSet<string> ReadingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "read", "reads", "reading" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClosingMarks = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "joint", "final", "closing" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the document phrase from <paramref name="start"/> to its noun at <paramref name="noun"/> is read out as a joint or final text.</summary>
    public static bool At(List<Token> tokens, int start, int noun)
    {
        if (start < 1 || start >= noun || tokens[start].Lower is not ("the" or "a")) return false;
        if (!Enumerable.Range(start + 1, noun - start - 1).Any(k => ClosingMarks.Contains(tokens[k].Text))) return false;
        var verb = start - 1;
        if (tokens[verb].Lower == "out") verb--;
        // "Having read the final communiqué, analysts said": a reader after the fact, not the one announcing it.
        return verb >= 0 && ReadingVerbs.Contains(tokens[verb].Text) && !(verb >= 1 && tokens[verb - 1].Lower is "having" or "had" or "have" or "has");
    }

    /// <summary>
    /// "In their final communiqué, the leaders declared ...", "In the closing statement, the ministers said ...": a final or
    /// closing text in which the sentence's speakers say what they agreed is the text that gathering issued (the pattern: the
    /// closing text of a meeting is cited as the voice of its members), so the document is concluded though no verb of making
    /// is told. Only "in" with "the", "their" or "its" and a final or closing mark: "a joint statement" alone may be planned.
    /// </summary>
    public static bool SpokenIn(List<Token> tokens, int start, int noun)
    {
        if (start < 1 || start >= noun || tokens[start - 1].Lower != "in" || tokens[start].Lower is not ("the" or "their" or "its")) return false;
        return Enumerable.Range(start + 1, noun - start - 1).Any(k => tokens[k].Lower is "final" or "closing");
    }
}
