using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The two ministers said in a joint statement that ...", "In a joint declaration, the presidents welcomed the truce": a
/// new joint text its issuers speak through is issued in the act the sentence tells, so it dates from that act as "issued
/// a joint statement" would: the story's year, unless the sentence is set in another (the pattern: speaking "in a joint
/// statement" issues it). It only dates the text; who spoke is read as its issuers by <see cref="IssuersSpeakingThroughAJointText"/>. Only an indefinite joint text
/// counts: "in the joint statement" points back to one already told.
/// </summary>
internal static class SpokenInAJointText
{
    /// <param name="start">The reference's determiner.</param>
    /// <param name="noun">Its document noun.</param>
    public static bool At(List<Token> tokens, int start, int noun, string kind) =>
        start >= 1 && tokens[start - 1].Lower == "in" && tokens[start].Lower is "a" or "an"
        && (kind == "joint_statement" || kind == "declaration" && noun >= 1 && tokens[noun - 1].Lower == "joint");
}
