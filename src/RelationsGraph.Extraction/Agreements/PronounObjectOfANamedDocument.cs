using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The Orl Water Accord was concluded on Monday. A and B signed it once the talks, which closed with a joint statement,
/// were over": a signing verb whose object is "it" or "them" signs the document the story told before its sentence,
/// though a document is named later in that sentence (the pattern: a pronoun object points back to the document already
/// told, never ahead to one the sentence names after it). Its subject, found as for a bare signing, signed. A sentence that
/// names a document before the verb is left to the rules that read that document's own clause.
/// </summary>
internal static class PronounObjectOfANamedDocument
{
    /// <summary>Each person who signed a pronoun object in a sentence that names a document only after the verb, with the document told before.</summary>
    public static IEnumerable<(Agreement Agreement, string Person, Sentence Sentence)> Find(IReadOnlyList<Sentence> sentences,
        Func<Sentence, IReadOnlyList<Mention>> mentionsIn, IReadOnlyList<Agreement> agreements, Func<Sentence, Agreement?> documentBefore)
    {
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            if (!TokenScan.Any(tokens, static t => t.Lower is "it" or "them") || PronounVerb(tokens) is not { } verb) continue;
            if (agreements.Any(a => a.Mentions.Any(m => m.Sentence.Index == sentence.Index && m.TokenStart < verb))) continue;
            if (documentBefore(sentence) is not { } document) continue;
            foreach (var person in ObjectlessSigning.Signers(tokens, mentionsIn(sentence)).Distinct()) yield return (document, person, sentence);
        }
    }

    /// <summary>The first signing verb whose object is "it" or "them" ("signed it", "put their names to them"), or null.</summary>
    private static int? PronounVerb(List<Token> tokens)
    {
        for (var v = 0; v < tokens.Count; v++)
        {
            if (!SigningVerb.IsAt(tokens, v)) continue;
            var o = SigningVerb.ObjectStart(tokens, v);
            if (o < tokens.Count && tokens[o].Lower is "it" or "them") return v;
        }
        return null;
    }
}
