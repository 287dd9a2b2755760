using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "signed a statement of intent on port security", "a joint statement of principles", "a statement of basic principles of
/// relations": diplomacy names some of its papers by a fixed phrase of "statement of" and what the paper sets down (intent,
/// principles, understanding), as it does a memorandum of understanding, so the whole phrase is the document's noun. A bare
/// "statement" is mostly what someone said, so a new one of these counts only when its sentence makes it (a verb of signing or
/// issuing governs it, or a date tells it); "their accord amounts to a statement of intent" makes none.
/// </summary>
internal static class StatementOfPurpose
{
    private static readonly HashSet<string> Contents = ["intent", "intention", "intentions", "principles", "understanding"];
    private static readonly HashSet<string> PrinciplesWords = ["basic", "guiding", "general", "common", "shared"];

    /// <summary>The index of the phrase's last word when a "statement of ..." phrase opens at <paramref name="i"/>, else -1.</summary>
    public static int End(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "statement" || i + 2 >= tokens.Count || tokens[i + 1].Lower != "of") return -1;
        if (Contents.Contains(tokens[i + 2].Lower)) return i + 2;
        return i + 3 < tokens.Count && PrinciplesWords.Contains(tokens[i + 2].Lower) && tokens[i + 3].Lower == "principles" ? i + 3 : -1;
    }

    /// <summary>"statement of intent", "joint statement of principles": the document keeps its own phrase in its name, or null.</summary>
    public static string? Label(List<Token> tokens, int head)
    {
        var end = End(tokens, head);
        if (end < 0) return null;
        var words = Enumerable.Range(head, end - head + 1).Select(k => tokens[k].Lower);
        return string.Join(" ", head > 0 && tokens[head - 1].Lower == "joint" ? words.Prepend("joint") : words);
    }
}
