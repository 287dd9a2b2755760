using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The Harbour Accord, signed by the two presidents in May, ...", "The joint statement was signed by both leaders": a
/// counted group as the agent of a passive "signed by" stands for the people named just before it, as the subject group
/// of an active "signed" does (<see cref="CountedGroupNamedBefore"/>), and the document signed is the one the sentence
/// names before the verb (the pattern: the passive moves the signers behind "by" and the document into the subject). Only a
/// document with no signer of its own yet, and only people who fit the group (each of a state of their own, holding the
/// office it names); "will be signed by the two leaders" is a plan, not a signing.
/// </summary>
internal static class CountedGroupAsAgent
{
    /// <summary>What may follow the agents: a phrase of time, place or manner, a clause break or the end.</summary>
    private static readonly FrozenSet<string> AfterTheAgents = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ",", ".", ";", "—", "–", "-", "at", "on", "in", "after", "during", "following", "before", "while", "as", "and" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<(Agreement Agreement, string Person, Sentence Sentence)> Find(IReadOnlyList<Sentence> sentences,
        Func<Sentence, IReadOnlyList<Mention>> mentionsIn, IReadOnlyList<Agreement> agreements, IReadOnlySet<string> thirdParties,
        Func<string, string?> countryOf, Func<string, string, bool> holdsOffice, Func<Sentence, Agreement?> toldBefore)
    {
        if (agreements.Count == 0) yield break;
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            for (var verb = 1; verb + 3 < tokens.Count; verb++)
            {
                if (tokens[verb].Lower != "signed" || tokens[verb + 1].Lower != "by" || tokens[verb - 1].Lower == "be") continue;
                if (AgentGroup(tokens, verb) is not { } group) continue;
                // "It was signed by both heads of state": a pronoun subject is the document told last.
                var document = DocumentBefore(agreements, sentence.Index, verb) ?? (PronounSubject(tokens, verb) ? toldBefore(sentence) : null);
                if (document is null || document.Signatories.Count > 0) continue;
                // "by the three foreign ministers – A for X, B for Y and C for Z –": the group's own apposition names them.
                if (Apposed(tokens, group, mentionsIn(sentence), thirdParties) is { } apposed)
                {
                    foreach (var person in apposed) yield return (document, person, sentence);
                    continue;
                }
                // "the two presidents": the last two people named who hold the office the group names, past others named between.
                var people = CountedGroupNamedBefore.NamedBefore(sentences, sentence, group.Start, group.Size, mentionsIn, thirdParties,
                    HoldersOf(CountedGroupByOffice.Read(tokens)?.Office, holdsOffice));
                if (!IssuersSpeakingThroughAJointText.Fits(people, tokens, countryOf, holdsOffice)) continue;
                foreach (var person in people) yield return (document, person, sentence);
            }
        }
    }

    /// <summary>
    /// The test for holding the group's office, or null when it names none. A method of its own: a lambda over the office
    /// inside the loop above would make its closure on every word of every sentence, not only at a group.
    /// </summary>
    private static Func<string, bool>? HoldersOf(string? office, Func<string, string, bool> holdsOffice) =>
        office is null ? null : p => holdsOffice(p, office);

    /// <summary>Marks that open an apposition after the group: "the three ministers, A, B and C", "– A, B and C –", ": A, B and C".</summary>
    private static bool OpensApposition(string text) => text is "," or ":" or "–" or "—" or "-";

    /// <summary>How far after the group's mark the first name of its apposition may start ("– Foreign Minister A").</summary>
    private const int ApposedReach = 4;

    /// <summary>
    /// The people a counted group's apposition names, as many as it counts, up to the clause's end or a closing dash; null
    /// when the group is followed by no apposition of people, or by one naming another number.
    /// </summary>
    private static List<string>? Apposed(List<Token> tokens, (int Start, int Size) group, IReadOnlyList<Mention> mentions, IReadOnlySet<string> thirdParties)
    {
        var end = group.Start + 1;
        while (end < tokens.Count && !OpensApposition(tokens[end].Text) && tokens[end].IsWord && !tokens[end].IsCapitalized) end++;
        if (end >= tokens.Count || !OpensApposition(tokens[end].Text)) return null;
        var dash = tokens[end].Text is "–" or "—" or "-";
        var stop = end + 1;
        while (stop < tokens.Count && tokens[stop].Text is not (";" or ".") && !(dash && tokens[stop].Text is "–" or "—" or "-")) stop++;
        var people = new List<string>();
        var first = -1;
        foreach (var m in mentions)
        {
            if (m.Kind != MentionKind.Person || m.EntityId is not { } id || m.TokenStart <= end || m.TokenEnd > stop) continue;
            if (first < 0) first = m.TokenStart;
            if (!thirdParties.Contains(id) && !people.Contains(id)) people.Add(id);
        }
        return first >= 0 && first <= end + ApposedReach && people.Count == group.Size ? people : null;
    }

    /// <summary>"It was signed by", "it was then signed by": a pronoun subject of the passive.</summary>
    private static bool PronounSubject(List<Token> tokens, int verb)
    {
        var k = verb - 1;
        if (k > 0 && tokens[k].Lower is "then" or "later" or "also" or "formally" or "jointly") k--;
        return k > 0 && tokens[k].Lower is "was" or "were" && tokens[k - 1].Lower is "it" or "they" or "this" && (k - 1 == 0 || tokens[k - 2].Text is "," or ";" or "and" or "but");
    }

    /// <summary>The counted group right after "signed by" ("the two presidents", "both leaders"), or null.</summary>
    private static (int Start, int Size)? AgentGroup(List<Token> tokens, int verb)
    {
        for (var k = verb + 3; k < tokens.Count && k <= verb + 7; k++)
            if (AfterTheAgents.Contains(tokens[k].Text))
                return CountedGroupNamedBefore.GroupBefore(tokens, k) is { } group && group.Start == verb + 2 ? group : null;
        return null;
    }

    /// <summary>The document whose reference in the sentence ends nearest before the verb, or null.</summary>
    private static Agreement? DocumentBefore(IReadOnlyList<Agreement> agreements, int sentence, int verb)
    {
        Agreement? best = null;
        var bestStart = -1;
        for (var i = 0; i < agreements.Count; i++)
            foreach (var m in agreements[i].Mentions)
                if (m.Sentence.Index == sentence && m.TokenEnd <= verb && m.TokenStart > bestStart) { best = agreements[i]; bestStart = m.TokenStart; }
        return best;
    }
}
