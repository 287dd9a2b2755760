using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The three ministers then signed one after another", "the two leaders signed at noon": a signing verb with no object whose subject
/// is a counted group of the meeting's people signs the story's document as that group (the pattern: once the document is
/// named, the story tells its signing by the group, without naming it again). The group stands for the meeting's people only
/// when they are as many as it counts (see <see cref="CountedGroupSigners"/>).
/// </summary>
internal static class CountedGroupSignedBare
{
    /// <summary>Words that may follow a verb with no object: the end of the clause, or a place, a time or a manner.</summary>
    private static readonly FrozenSet<string> BareFollowers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".", ",", ";", "in", "at", "on", "and", "together", "first", "one", "jointly", "separately" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The number the counted group subject of a bare signing verb counts ("The three ministers then signed" → 3), or null.</summary>
    public static int? Count(List<Token> tokens)
    {
        for (var v = 3; v < tokens.Count; v++)
        {
            if (!SigningVerb.IsAt(tokens, v) || v + 1 < tokens.Count && !BareFollowers.Contains(tokens[v + 1].Text)) continue;
            if (!(GroupReference.IsHead(tokens[v - 1]) || tokens[v - 1].Lower is "ministers" or "heads")) continue;
            if (tokens[v - 3].Lower is "the" or "all" && CountWords.TryRead(tokens[v - 2].Text, 2, 12, out var n)) return n;
        }
        return null;
    }
}
