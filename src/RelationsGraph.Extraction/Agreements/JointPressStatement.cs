using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The envoys issued a joint press statement welcoming ...", "a joint press statement released on Tuesday": a text the
/// sides put out together for the press is their joint statement when its sentence makes it (a verb of issuing or signing governs
/// it). "X said in a joint press statement" mostly reports what was said at a press conference, so without such a verb the
/// phrase names no document (the pattern: a joint text is a document when the sentence tells it issued, not only quoted).
/// </summary>
internal static class JointPressStatement
{
    /// <summary>"joint press statement" ending at <paramref name="i"/> (the noun).</summary>
    public static bool At(List<Token> tokens, int i) =>
        i >= 2 && tokens[i].Lower == "statement" && tokens[i - 1].Lower == "press" && tokens[i - 2].Lower == "joint";
}
