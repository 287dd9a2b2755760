using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X was joined at the signing table on Friday by A, B and C", "X was joined in signing by A and B": those who joined a person in the
/// act of signing signed too, the joined person with them (the pattern: "joined in/at the signing by" makes co-signers of
/// the agents, as "signed alongside" does). Only a signing named by "in signing" or "at the signing table" counts: one who
/// joined a ceremony may only have looked on.
/// </summary>
internal static class JoinedInTheSigning
{
    /// <summary>How far "by" may stand after "joined" ("joined at the long signing table by").</summary>
    private const int Reach = 7;

    /// <summary>The people the sentence says were joined in signing or joined another in it; none for most sentences.</summary>
    public static IEnumerable<Mention> Signers(List<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        // The cheap word test first: few sentences tell someone joined.
        if (!TokenScan.Any(tokens, static t => t.Lower == "joined")) yield break;
        var persons = mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).OrderBy(m => m.TokenStart).ToList();
        for (var j = 1; j < tokens.Count; j++)
        {
            if (tokens[j].Lower != "joined" || tokens[j - 1].Lower is not ("was" or "were")) continue;
            var by = -1;
            var signing = false;
            for (var k = j + 1; k < tokens.Count && k <= j + Reach && tokens[k].Text is not ("," or ";" or "."); k++)
            {
                if (tokens[k].Lower == "by") { by = k; break; }
                // "in signing", "at the signing table".
                if (tokens[k].Lower == "signing" && (tokens[k - 1].Lower == "in" || k + 1 < tokens.Count && tokens[k + 1].Lower == "table")) signing = true;
            }
            if (by < 0 || !signing) continue;
            // The joined: the person whose name ends the subject (before "was", past any apposition set off by commas).
            if (SubjectOf(tokens, persons, j - 1) is { } subject) yield return subject;
            // The agents: every name after "by" up to the clause's end.
            foreach (var p in persons)
            {
                if (p.TokenStart <= by) continue;
                if (Enumerable.Range(by + 1, p.TokenStart - by - 1).Any(k => tokens[k].Text is ";" or "." || tokens[k].Lower is "who" or "which" or "while" or "but")) break;
                yield return p;
            }
        }
    }

    /// <summary>The first person of the clause that ends at the copula <paramref name="copula"/>, or null.</summary>
    private static Mention? SubjectOf(List<Token> tokens, IReadOnlyList<Mention> persons, int copula)
    {
        var start = copula;
        while (start > 0 && tokens[start - 1].Text is not (";" or ".")) start--;
        return persons.FirstOrDefault(p => p.TokenStart >= start && p.TokenEnd <= copula);
    }
}
