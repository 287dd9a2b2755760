using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Vestria sent A, its envoy in Orl. Norland was represented by B and C. D came with E. All of them then signed the
/// charter": a pronoun subject with a quantifier of the whole ("All of them", "Each of them", "They all") before a signing
/// verb stands for everyone the sentences just before it named, one delegation after another (the pattern: a history lists
/// the envoys over several sentences, then tells their signing once for all). The roll is the unbroken run of sentences
/// right before that each name someone and no document, at most <see cref="Reach"/> of them; it must count at least
/// <see cref="RollSize"/> people, third parties left out. Its people sign apart, as a roll's do (see GroupSignedAfterItsRoll).
/// </summary>
internal static class AllOfThemSigned
{
    /// <summary>How many sentences back the roll may run.</summary>
    private const int Reach = 6;

    /// <summary>How many people the roll must count.</summary>
    private const int RollSize = 3;

    /// <summary>Words between the subject and its verb: "All of them then signed".</summary>
    private static readonly FrozenSet<string> BeforeTheVerb = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "then", "also", "duly", "later", "finally", "formally", "had", "have" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Each person of the roll told before a whole-group pronoun's signing, with each document the signing verb governs.</summary>
    public static IEnumerable<(Agreement Agreement, string Person, Sentence Sentence)> Find(IReadOnlyList<Sentence> sentences,
        Func<Sentence, IReadOnlyList<Mention>> mentionsIn, IReadOnlyList<Agreement> agreements, Lazy<IReadOnlySet<string>> thirdParties)
    {
        if (agreements.Count == 0) yield break;
        for (var s = 1; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var tokens = sentence.Tokens;
            if (VerbAfterTheWhole(tokens) is not { } verb) continue;
            var documents = CountedGroupNamedBefore.GovernedDocuments(tokens, verb, sentence.Index, agreements).Select(d => d.Document).Take(1).ToList();
            if (documents.Count == 0) continue;
            var people = new List<string>();
            for (var i = s - 1; i >= 0 && i >= s - Reach; i--)
            {
                var before = sentences[i];
                if (agreements.Any(a => a.Mentions.Any(m => m.Sentence.Index == before.Index))) break;
                var named = mentionsIn(before).Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && !thirdParties.Value.Contains(m.EntityId))
                    .Select(m => m.EntityId!).ToList();
                if (named.Count == 0) break;
                foreach (var person in named)
                    if (!people.Contains(person)) people.Add(person);
            }
            if (people.Count < RollSize) continue;
            foreach (var person in people) yield return (documents[0], person, sentence);
        }
    }

    /// <summary>
    /// Where the signing verb stands when the sentence opens with "All of them", "Each of them", "Every one of them", "All N of
    /// them" or "They all" / "They each"; null otherwise ("None of them signed" is no signing).
    /// </summary>
    internal static int? VerbAfterTheWhole(List<Token> tokens)
    {
        if (tokens.Count < 4) return null;
        int k;
        if (tokens[0].Lower == "they" && tokens[1].Lower is "all" or "each") k = 2;
        else
        {
            k = tokens[0].Lower switch
            {
                "all" or "each" => 1,
                "every" when tokens[1].Lower == "one" => 2,
                _ => -1,
            };
            if (k < 0) return null;
            // "All five of them".
            if (tokens[0].Lower == "all" && CountWords.TryRead(tokens[k].Text, 2, 99, out _)) k++;
            if (k + 1 >= tokens.Count || tokens[k].Lower != "of" || tokens[k + 1].Lower != "them") return null;
            k += 2;
        }
        while (k < tokens.Count && BeforeTheVerb.Contains(tokens[k].Text)) k++;
        if (!SigningVerb.SubjectSignsAt(tokens, k)) return null;
        return k;
    }
}
