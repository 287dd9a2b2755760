using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The two leaders then held talks. At the end of the talks they signed a joint statement", "Ruto and Museveni met in
/// Entebbe. They signed a customs pact": a "they" that opens a signing sentence continues the previous sentence's subject
/// of people, a counted group (resolved as <see cref="CountedGroupNamedBefore"/> does) or names joined by "and" (the
/// pattern: a plural pronoun subject = the previous plural subject). A previous subject of states names nobody.
/// </summary>
internal static class PluralPronounSigners
{
    /// <summary>How far into the previous sentence its subject may start ("On Monday the two leaders ...").</summary>
    private const int SubjectReach = 8;
    /// <summary>How long a fronted adverbial before "they" may be ("At the end of the talks they ...").</summary>
    private const int AdverbialReach = 8;
    private static readonly FrozenSet<string> AdverbialOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "on", "in", "at", "after", "later", "then", "afterwards", "there", "before", "during", "finally" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> BeforeTheVerb = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "then", "also", "jointly", "formally", "later", "duly", "had" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<(Agreement Agreement, string Person, Sentence Sentence)> Find(IReadOnlyList<Sentence> sentences,
        Func<Sentence, IReadOnlyList<Mention>> mentionsIn, IReadOnlyList<Agreement> agreements, Lazy<IReadOnlySet<string>> thirdParties)
    {
        // Every signer found signs a document of the story: with none, no sentence needs reading.
        if (agreements.Count == 0) yield break;
        for (var s = 1; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var tokens = sentence.Tokens;
            if (PronounAt(tokens, mentionsIn(sentence)) is not { } they) continue;
            var verb = they + 1;
            while (verb < tokens.Count && BeforeTheVerb.Contains(tokens[verb].Text)) verb++;
            if (!SigningVerb.SubjectSignsAt(tokens, verb)) continue;
            var previous = sentences[s - 1];
            if (previous.Paragraph < sentence.Paragraph - 1 || previous.Text.StartsWith('"') || previous.Text.StartsWith('“')) continue;
            var people = PeopleOfSubject(sentences, previous, mentionsIn, thirdParties.Value);
            if (people.Count < 2) continue;
            var documents = CountedGroupNamedBefore.GovernedDocuments(tokens, verb, sentence.Index, agreements).Select(d => d.Document).Distinct();
            foreach (var document in documents.Where(d => d.Signatories.Keys.Count(k => !d.SignedApart.Contains(k)) < people.Count))
                foreach (var person in people) yield return (document, person, sentence);
        }
    }

    /// <summary>Where the sentence's subject "they" stands: first, or after a short fronted adverbial naming no person; null otherwise.</summary>
    private static int? PronounAt(List<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        if (tokens.Count < 3) return null;
        if (tokens[0].Text == "They") return 0;
        if (!AdverbialOpeners.Contains(tokens[0].Text)) return null;
        for (var i = 1; i < tokens.Count && i <= AdverbialReach; i++)
            if (tokens[i].Text == "they") return mentions.Any(m => m.Kind == MentionKind.Person && m.TokenStart < i) ? null : i;
        return null;
    }

    /// <summary>The people the previous sentence opens with: a counted group's people, or names joined by "and" and commas.</summary>
    private static List<string> PeopleOfSubject(IReadOnlyList<Sentence> sentences, Sentence previous, Func<Sentence, IReadOnlyList<Mention>> mentionsIn, IReadOnlySet<string> thirdParties)
    {
        var tokens = previous.Tokens;
        for (var head = 1; head < tokens.Count && head <= SubjectReach + 4; head++)
            if (CountedGroupNamedBefore.GroupBefore(tokens, head + 1) is { } group && group.Start <= SubjectReach)
                return CountedGroupNamedBefore.NamedBefore(sentences, previous, group.Start, group.Size, mentionsIn, thirdParties);
        var persons = mentionsIn(previous).Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).OrderBy(m => m.TokenStart).ToList();
        if (persons.Count == 0 || persons[0].TokenStart > SubjectReach) return [];
        var subject = new List<string> { persons[0].EntityId! };
        for (var i = 1; i < persons.Count && Joined(tokens, persons[i - 1].TokenEnd, persons[i].TokenStart); i++)
            if (!subject.Contains(persons[i].EntityId!)) subject.Add(persons[i].EntityId!);
        return subject;
    }

    /// <summary>Words that end a subject list: a clause of its own or a preposition of the predicate.</summary>
    private static readonly FrozenSet<string> ListBreakers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "who", "which", "that", "said", "told", "with", "met", "in", "at", "on" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"A and B", "A, Ugandan President B", "A and his counterpart B": "and" or a comma, then a few words of a title.</summary>
    private static bool Joined(List<Token> tokens, int from, int to) =>
        to > from && to - from <= 6 && tokens[from].Text is "," or "and"
        && Enumerable.Range(from + 1, to - from - 1).All(k => (tokens[k].IsWord || tokens[k].Text is "'s" or "’s") && !ListBreakers.Contains(tokens[k].Text));
}
