using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the Treaty of Orlen that Belvaria signed with Ostrania", "a pact on river tolls which Belvaria and Ostrania concluded":
/// a relative clause of making may follow the document's whole title or topic rather than its bare noun; it names the sides
/// just the same (the pattern: a relative clause attaches to the full name it follows, so "that A signed with B" after
/// "Treaty of X" says who made the treaty). The sides are read as <see cref="SidesOfTheMakingClause"/> reads them.
/// </summary>
internal static class MakingClauseAfterTheName
{
    /// <summary>
    /// The countries of a making clause right after the document's name when that name runs past its noun
    /// (<paramref name="afterName"/> is the first token after it); null otherwise.
    /// </summary>
    public static HashSet<string>? At(List<Token> tokens, IReadOnlyList<Mention> mentions, int noun, int afterName) =>
        afterName - 1 > noun ? SidesOfTheMakingClause.At(tokens, mentions, afterName - 1) : null;
}
