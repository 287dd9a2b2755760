using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Three documents came out of the talks and were signed: a declaration, a ceasefire and a political agreement. Minister A
/// signed for the government, and B signed for the rebels": a bare signing told just after a counted plural of documents
/// made together signs each document of that set, not only the one named last (the pattern: "the three documents" told as
/// one signed package, then who signed, without naming a document again). Documents coordinated as the subject of "were
/// signed" make such a set too (see CoordinatedSubjectEnd).
/// </summary>
internal static class BareSigningOfACountedSet
{
    /// <summary>How many sentences back from the bare signing the counted set may be told.</summary>
    private const int Reach = 2;

    /// <summary>
    /// The other documents of the counted set that <paramref name="signed"/> belongs to, when a sentence within
    /// <see cref="Reach"/> before <paramref name="sentence"/> counts a plural of documents ("three documents", "two accords")
    /// and concludes at least two documents, one of them <paramref name="signed"/>, and the sentences between name no other
    /// document; else none.
    /// </summary>
    public static IEnumerable<Agreement> OthersOfTheSet(Agreement signed, Sentence sentence, IReadOnlyList<Sentence> sentences, IReadOnlyList<Agreement> agreements)
    {
        for (var index = sentence.Index - 1; index >= 0 && index >= sentence.Index - Reach; index--)
        {
            var set = agreements.Where(a => !a.Mentions.Any(m => m.Recalled)
                                            && a.Mentions.Any(m => m.Sentence.Index == index && m.Concluded && !m.NotMade && !m.Upheld)).ToList();
            var between = agreements.Where(a => a.Mentions.Any(m => m.Sentence.Index > index && m.Sentence.Index < sentence.Index)).ToList();
            if (set.Count >= 2 && set.Contains(signed) && between.All(set.Contains) && CountsDocuments(sentences[index].Tokens))
                return set.Where(a => a != signed);
            // "A treaty, a protocol and a charter were signed ...": the documents coordinated before the passive verb, which
            // tells each of them concluded (only the one next to the verb is marked so).
            if (CoordinatedSubjectEnd(sentences[index].Tokens) is var were and > 0)
            {
                var coordinated = agreements.Where(a => !a.Mentions.Any(m => m.Recalled)
                                                        && a.Mentions.Any(m => m.Sentence.Index == index && m.TokenEnd <= were && !m.NotMade && !m.Upheld)).ToList();
                if (coordinated.Count >= 2 && coordinated.Contains(signed) && between.All(coordinated.Contains)) return coordinated.Where(a => a != signed);
            }
        }
        return [];
    }

    /// <summary>Words that end a coordinated subject: a clause of its own begins, or a verb.</summary>
    private static readonly FrozenSet<string> NotInASubject = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".", ";", ":", "which", "that", "who", "was", "were", "is", "are", "had", "has", "have", "will", "would" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many words the coordinated subject may take.</summary>
    private const int SubjectReach = 25;

    /// <summary>
    /// "The treaty, a protocol and a charter were signed at the close of the session": documents coordinated at the head of
    /// the sentence as the subject of a passive "were signed" are one signed package, as a counted plural is (the pattern: the
    /// news lists what was signed together, then tells who signed without naming a document again). Where that "were" stands,
    /// when only the words of a list (no clause or verb of its own) lead up to it from the sentence's start; else -1.
    /// </summary>
    private static int CoordinatedSubjectEnd(List<Token> tokens)
    {
        for (var k = 1; k + 1 < tokens.Count && k <= SubjectReach; k++)
        {
            if (tokens[k].Lower == "were" && SigningVerb.IsAt(tokens, k + 1)) return k;
            if (NotInASubject.Contains(tokens[k].Text) || SigningVerb.IsAt(tokens, k)) return -1;
        }
        return -1;
    }

    /// <summary>"three documents", "two accords", "both agreements", "12 texts": a count before a plural document noun.</summary>
    private static bool CountsDocuments(List<Token> tokens)
    {
        for (var k = 1; k < tokens.Count; k++)
            if (AgreementKinds.PluralDocumentNouns.Contains(tokens[k].Text) && CountWords.TryReadSpelledOrFigures(tokens[k - 1].Text, 2, 20, out _))
                return true;
        return false;
    }
}
