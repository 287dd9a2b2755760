using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The documents were signed by A and B", "Both agreements were signed by X", "They were signed by Y": a passive signing
/// whose subject is a plural of documents signs each document the story made before it, not only the last (the pattern:
/// a plural subject speaks of all the documents under discussion). The signers are the people after "by".
/// </summary>
internal static class PluralDocumentsSigned
{
    /// <summary>Words that make the plural definite: the documents already told, not others.</summary>
    private static readonly FrozenSet<string> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "both", "these", "those", "all", "two", "three", "four", "five", "six" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The people each such sentence names after "were signed by".</summary>
    public static IEnumerable<(Sentence Sentence, Mention Person)> Find(IReadOnlyList<Sentence> sentences, Func<Sentence, IReadOnlyList<Mention>> mentionsIn)
    {
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            var by = PassiveSigningBy(tokens);
            if (by < 0) continue;
            foreach (var person in mentionsIn(sentence).Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart > by && !ClauseEndsBetween(tokens, by + 1, m.TokenStart)))
                yield return (sentence, person);
        }
    }

    /// <summary>The "by" of the first "the documents were signed by" of the sentence, or -1.</summary>
    private static int PassiveSigningBy(List<Token> tokens)
    {
        for (var k = 1; k + 2 < tokens.Count; k++)
            if (tokens[k].Lower == "were" && SigningVerb.IsAt(tokens, k + 1) && tokens[k + 2].Lower == "by" && PluralSubject(tokens, k)) return k + 2;
        return -1;
    }

    /// <summary>
    /// A semicolon or a "while", "who", "which" opening another clause from <paramref name="from"/> up to <paramref name="to"/>;
    /// or "in the presence of": "signed by ministers in the presence of A and B" names A and B as witnesses, not signers.
    /// </summary>
    private static bool ClauseEndsBetween(List<Token> tokens, int from, int to)
    {
        for (var j = from; j < to; j++)
            if (tokens[j].Text == ";" || tokens[j].Lower is "while" or "who" or "which" or "presence") return true;
        return false;
    }

    /// <summary>"the documents were", "both agreements were", a sentence-initial "They were".</summary>
    private static bool PluralSubject(List<Token> tokens, int were) =>
        were == 1 && tokens[0].Lower == "they"
        || AgreementKinds.PluralDocumentNouns.Contains(tokens[were - 1].Text) && were >= 2 && Determiners.Contains(tokens[were - 2].Text);
}
