using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Kiir signed for the government and Machar for the SPLM-IO": a second subject with the verb left out, known by the side
/// it signed for right after its name (the pattern: gapping repeats the verb, so the second name signed too).
/// </summary>
internal static class GappedSigners
{
    public static IEnumerable<Mention> After(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> persons, int verb)
    {
        if (verb + 1 >= tokens.Count || tokens[verb + 1].Lower != "for") yield break;
        foreach (var p in persons.Where(p => p.TokenStart > verb + 1 && p.TokenStart <= verb + 25))
        {
            if (p.TokenEnd >= tokens.Count || tokens[p.TokenEnd].Lower != "for") continue;
            // "and" (or a list comma) right before the name, or before a title of capitalised words ("and Vice-President Machar").
            var k = p.TokenStart - 1;
            while (k > verb && tokens[k].IsCapitalized && tokens[k].IsWord) k--;
            if (tokens[k].Lower is "and" or "," && !Enumerable.Range(verb + 1, k - verb - 1).Any(j => tokens[j].Text is "." or ";" || SigningVerb.IsAt(tokens, j)))
                yield return p;
        }
    }
}
