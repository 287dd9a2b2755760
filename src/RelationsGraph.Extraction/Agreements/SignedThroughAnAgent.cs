using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Egypt signed the declaration through its Foreign Minister, X", "Kenya signed through Foreign Minister X": a state or
/// movement that signs "through" someone signs by that person's hand (the pattern: "through" after an act names the
/// agent who carried it out for its subject). Only the first person after "through", behind a few words of office, counts.
/// </summary>
internal static class SignedThroughAnAgent
{
    /// <summary>How far after the verb "through" may stand: the document's name and a time or place phrase between.</summary>
    private const int Reach = 12;
    /// <summary>How many words of office ("its Foreign Minister ,") may stand between "through" and the name.</summary>
    private const int OfficeReach = 8;
    /// <summary>Words that end the verb's clause before any "through" of its own.</summary>
    private static readonly FrozenSet<string> ClauseEnds = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".", ";", ":", "which", "who", "that", "but", "while", "after", "before", "when", "and" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every agent a signing verb of the sentences names this way, for the trace.</summary>
    public static IEnumerable<(Sentence Sentence, string Person)> In(IEnumerable<Sentence> sentences, Func<Sentence, IReadOnlyList<Mention>> mentionsIn)
    {
        foreach (var sentence in sentences)
        {
            var persons = mentionsIn(sentence).Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).ToList();
            for (var v = 0; v < sentence.Tokens.Count; v++)
                if (SigningVerb.IsAt(sentence.Tokens, v))
                    foreach (var agent in After(sentence.Tokens, persons, v)) yield return (sentence, agent.EntityId!);
        }
    }

    public static IEnumerable<Mention> After(List<Token> tokens, IReadOnlyList<Mention> persons, int verb)
    {
        var through = -1;
        for (var k = verb + 1; k < tokens.Count && k <= verb + Reach && !ClauseEnds.Contains(tokens[k].Text); k++)
            if (tokens[k].Lower is "through" or "via") { through = k; break; }
        if (through < 0) return [];
        var agent = persons.Where(p => p.TokenStart > through && p.TokenStart <= through + OfficeReach).OrderBy(p => p.TokenStart).FirstOrDefault();
        if (agent is null || Enumerable.Range(through + 1, agent.TokenStart - through - 1).Any(k => ClauseEnds.Contains(tokens[k].Text))) return [];
        return [agent];
    }
}
