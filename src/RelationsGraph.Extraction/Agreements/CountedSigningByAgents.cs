using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The talks closed with the signing of three texts by the three leaders: A of X, B of Y and C of Z", "after the signing of
/// three accords by A and B": a nominal signing of a counted plural of documents, whose signers are the agents after "by" (the
/// pattern: news copy turns the signing into a noun and puts its signers in a "by" phrase, often a group noun followed by a
/// colon and its roll of names). The documents so counted are those the story then enumerates (see <see cref="CountedDocuments"/>).
/// </summary>
internal static class CountedSigningByAgents
{
    /// <summary>How many words may stand between the counted plural and its "by" ("two documents on Tuesday by ...").</summary>
    private const int ByReach = 6;

    /// <summary>The index of the "by" of a nominal signing of a counted plural in the sentence, or -1.</summary>
    public static int ByAt(List<Token> tokens)
    {
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            if (tokens[i].Lower != "signing" || tokens[i + 1].Lower != "of" || !CountedDocuments.At(tokens, i + 2)) continue;
            for (var k = i + 3; k < tokens.Count && k <= i + 3 + ByReach; k++)
            {
                if (tokens[k].Text is "," or ";" or "." or ":") break;
                if (tokens[k].Lower == "by") return k;
            }
        }
        return -1;
    }

    /// <summary>The people after the "by" up to the end of its clause (a semicolon or a "while" clause ends it).</summary>
    public static IEnumerable<string> Signers(List<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        var by = ByAt(tokens);
        if (by < 0) yield break;
        var end = tokens.Count;
        for (var k = by + 1; k < tokens.Count; k++)
            if (tokens[k].Text == ";" || tokens[k].Lower is "while" or "whereas") { end = k; break; }
        foreach (var p in mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart > by && m.TokenEnd <= end).OrderBy(m => m.TokenStart))
            yield return p.EntityId!;
    }
}
