using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Around the table sat A of X; B of Y; and C of Z. The leaders signed the Corridor Declaration", "Its members were A, B
/// and C. The commissioners then signed the treaty": a plural of people told with no number ("the leaders", "the
/// commissioners", "the leaders and heads of delegation") as the subject of a signing verb stands for the roll of people
/// the sentence just before it lists (the pattern: a report names a gathering's people in one list, then tells what they did
/// as a group). Only a list of three people or more in a sentence naming no document is a roll, and it stands at most two
/// sentences before; third parties on it are not counted. The roll may be a few of many ("the leaders and heads of
/// delegation"), so its people sign apart, beside the meeting's group.
/// </summary>
internal static class GroupSignedAfterItsRoll
{
    /// <summary>Plural nouns for the people of a signing.</summary>
    private static readonly FrozenSet<string> Heads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "leaders", "presidents", "premiers", "ministers", "commissioners", "plenipotentiaries", "delegates", "delegations",
        "envoys", "negotiators", "signatories", "heads",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words between the group and its verb: "the leaders then signed".</summary>
    private static readonly FrozenSet<string> BeforeTheVerb = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "then", "also", "jointly", "formally", "later", "duly", "all", "had", "together" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many people a list must name to be a roll.</summary>
    private const int RollSize = 3;

    /// <summary>How many sentences before the group's own the roll may stand in.</summary>
    private const int Reach = 2;

    /// <summary>Each person of the roll told before a group's signing, with each document the signing verb governs.</summary>
    public static IEnumerable<(Agreement Agreement, string Person, Sentence Sentence)> Find(IReadOnlyList<Sentence> sentences,
        Func<Sentence, IReadOnlyList<Mention>> mentionsIn, IReadOnlyList<Agreement> agreements, Lazy<IReadOnlySet<string>> thirdParties)
    {
        if (agreements.Count == 0) yield break;
        for (var s = 1; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var tokens = sentence.Tokens;
            if (VerbAfterAGroup(tokens) is not { } verb) continue;
            // The nearest roll within reach: "Around the table sat A; B; and C. The bloc's secretary also took part. The leaders signed".
            List<string> people = [];
            for (var i = s - 1; i >= 0 && i >= s - Reach && people.Count == 0; i--)
            {
                if (sentences[i].Paragraph < sentence.Paragraph - 1) break;
                // "The declaration bears the signatures of A, B and C": a list told with a document of its own is that
                // document's signers, whom a group signing again stands for already (see GroupSignedAgain); a roll names none.
                if (agreements.Any(a => a.Mentions.Any(m => m.Sentence.Index == sentences[i].Index))) break;
                people = Roll(sentences[i], mentionsIn(sentences[i]), thirdParties.Value);
            }
            if (people.Count < RollSize) continue;
            // "signed a protocol to the convention on X": past the first, a document named after a preposition is the complement of one before it.
            var documents = CountedGroupNamedBefore.GovernedDocuments(tokens, verb, sentence.Index, agreements)
                .Where((d, i) => i == 0 || !Complement(tokens, d.Start)).Select(d => d.Document).Distinct();
            foreach (var document in documents)
                foreach (var person in people) yield return (document, person, sentence);
        }
    }

    /// <summary>
    /// Where the signing verb stands when the sentence opens (after a fronted phrase closed by a comma, if any) with "the"
    /// and a plural of people with no number: "The leaders signed", "At the close, the delegates then put their names to",
    /// "The ministers and heads of delegation signed"; null otherwise.
    /// </summary>
    internal static int? VerbAfterAGroup(List<Token> tokens)
    {
        var start = 0;
        if (tokens.Count > 0 && tokens[0].Lower != "the")
        {
            var comma = tokens.FindIndex(t => t.Text == ",");
            if (comma < 1 || comma > 10) return null;
            start = comma + 1;
        }
        if (start + 2 >= tokens.Count || tokens[start].Lower != "the") return null;
        var k = start + 1;
        // "the leaders", "the foreign ministers", "the heads of delegation": one word of office before the head at most.
        if (!Heads.Contains(tokens[k].Text) && k + 1 < tokens.Count && tokens[k].IsWord && !CountWords.TryRead(tokens[k].Text, 2, 99, out _)
            && tokens[k].Lower is not ("two" or "both" or "same" or "other") && Heads.Contains(tokens[k + 1].Text)) k++;
        if (!Heads.Contains(tokens[k].Text)) return null;
        k = AfterTheHead(tokens, k);
        // "The ministers and heads of delegation signed": a second plural of people coordinated with the first.
        if (k + 1 < tokens.Count && tokens[k].Lower == "and")
        {
            var next = k + 1;
            if (next + 1 < tokens.Count && !Heads.Contains(tokens[next].Text) && tokens[next].IsWord) next++;
            if (!Heads.Contains(tokens[next].Text)) return null;
            k = AfterTheHead(tokens, next);
        }
        while (k < tokens.Count && BeforeTheVerb.Contains(tokens[k].Text)) k++;
        if (!SigningVerb.SubjectSignsAt(tokens, k)) return null;
        return k;
    }

    /// <summary>
    /// "signed a protocol to the convention on X": a document named after a preposition is the complement of the one before
    /// it, not a second object of the verb.
    /// </summary>
    private static bool Complement(List<Token> tokens, int start)
    {
        var k = start - 1;
        if (k > 0 && tokens[k].Lower is "the" or "a" or "an" or "this" or "that" or "its" or "their") k--;
        return k > 0 && tokens[k].Lower is "to" or "of" or "on" or "under" or "with" or "by" or "in" or "for" or "from" or "amending";
    }

    /// <summary>The token after a head, past "of state", "of government", "of delegation".</summary>
    private static int AfterTheHead(List<Token> tokens, int head) =>
        head + 2 < tokens.Count && tokens[head + 1].Lower == "of" && tokens[head + 2].Lower is "state" or "government" or "delegation" or "delegations"
            ? head + 3 : head + 1;

    /// <summary>
    /// The people a sentence lists, in order: at least <see cref="RollSize"/> of them, each after the first set off from the
    /// one before by a comma, a semicolon or "and"; third parties and names inside another's description left out.
    /// </summary>
    internal static List<string> Roll(Sentence sentence, IReadOnlyList<Mention> mentions, IReadOnlySet<string> thirdParties)
    {
        var persons = mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).OrderBy(m => m.TokenStart).ToList();
        if (persons.Count < RollSize) return [];
        var tokens = sentence.Tokens;
        var listed = 0;
        for (var i = 1; i < persons.Count; i++)
            if (Enumerable.Range(persons[i - 1].TokenEnd, Math.Max(0, persons[i].TokenStart - persons[i - 1].TokenEnd)).Any(k => tokens[k].Text is "," or ";" || tokens[k].Lower == "and"))
                listed++;
        if (listed < RollSize - 1) return [];
        var people = new List<string>();
        foreach (var p in persons)
            if (!thirdParties.Contains(p.EntityId!) && !people.Contains(p.EntityId!)) people.Add(p.EntityId!);
        return people;
    }
}
