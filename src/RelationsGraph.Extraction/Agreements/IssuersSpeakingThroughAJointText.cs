using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "A and B said in a joint statement that ...", "In a joint communiqué issued after the talks, the two presidents welcomed
/// ...", "The two leaders then issued a joint declaration": the subject of the clause that speaks through a joint text, or
/// issues it, are its issuers, and the issuers of a joint text count as its signers (the pattern: a joint statement speaks
/// for those who put it out; SIGNED = the actual signers or issuers). The subject is named people joined by "and" and commas,
/// or a counted group ("the two leaders", "the five") standing for the people named just before it (as
/// <see cref="CountedGroupNamedBefore"/> reads it). Only a text called joint counts, and only one with no signer of its own
/// yet: a text some sentence says was signed by others keeps those signers.
/// </summary>
internal static class IssuersSpeakingThroughAJointText
{
    /// <summary>Verbs that put out a text: "issued", "released", "adopted" (a joint text "signed" is read by the signing stages).</summary>
    private static readonly FrozenSet<string> IssuingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "issued", "released", "adopted" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Words between a subject and its verb: "the two men then issued", "A and B also said".</summary>
    private static readonly FrozenSet<string> BeforeTheVerb = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "then", "also", "later", "jointly", "had", "have" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Words that may follow the agents of "issued by": a phrase of time or place, a clause break or the end.</summary>
    private static readonly FrozenSet<string> AfterTheAgents = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ",", ".", ";", "at", "on", "in", "after", "during", "following", "before", "and" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>How far after a fronted "In a joint statement" its comma may come ("In a joint statement released after their dinner,").</summary>
    private const int FrontedReach = 16;

    public static IEnumerable<(Agreement Agreement, string Person, Sentence Sentence)> Find(IReadOnlyList<Sentence> sentences,
        Func<Sentence, IReadOnlyList<Mention>> mentionsIn, IReadOnlyList<Agreement> agreements, IReadOnlySet<string> thirdParties, Func<string, string?> countryOf, Func<string, string, bool> holdsOffice)
    {
        foreach (var agreement in agreements)
        {
            if (agreement.Kind != "joint_statement" && !agreement.Joint || agreement.Signatories.Count > 0) continue;
            foreach (var mention in agreement.Mentions)
            {
                var people = Issuers(sentences, mention, mentionsIn, thirdParties, countryOf, holdsOffice);
                if (people.Count == 0) continue;
                foreach (var person in people) yield return (agreement, person, mention.Sentence);
                break;
            }
        }
    }

    /// <summary>The people the mention's clause names as issuing or speaking through it; empty when it names none.</summary>
    private static List<string> Issuers(IReadOnlyList<Sentence> sentences, AgreementMention mention, Func<Sentence, IReadOnlyList<Mention>> mentionsIn, IReadOnlySet<string> thirdParties, Func<string, string?> countryOf, Func<string, string, bool> holdsOffice)
    {
        var tokens = mention.Sentence.Tokens;
        var start = mention.TokenStart;
        if (IssuedByAGroup(tokens, mention.TokenEnd) is { } byGroup)
        {
            // "the joint declaration, issued by the four ministers after lunch": the counted agents of "issued by".
            var agents = CountedGroupNamedBefore.NamedBefore(sentences, mention.Sentence, byGroup.Start, byGroup.Size, mentionsIn, thirdParties);
            return Fits(agents, mention.Sentence.Tokens, countryOf, holdsOffice) ? agents : [];
        }
        if (start < 1 || start >= tokens.Count || tokens[start].Lower is not ("a" or "an" or "their")) return [];
        int verb;
        if (tokens[start - 1].Lower == "in" && start - 1 == 0)
        {
            // "In a joint statement ..., both presidents said": the subject opens right after the comma closing the phrase.
            var comma = -1;
            for (var k = mention.TokenEnd; k < tokens.Count && k <= mention.TokenEnd + FrontedReach; k++)
                if (tokens[k].Text == ",") { comma = k; break; }
                else if (tokens[k].Text is ";" or ":" or ".") break;
            if (comma < 0) return [];
            verb = VerbAfter(tokens, comma + 1);
            if (verb < 0) return [];
        }
        else if (tokens[start - 1].Lower == "in" && start >= 2 && IsVerbLike(tokens[start - 2]))
            verb = start - 2;                      // "A and B said in a joint statement"
        else if (IssuingVerbs.Contains(tokens[start - 1].Text))
            verb = start - 1;                      // "the two men issued a joint statement"
        else return [];
        var k0 = verb - 1;
        while (k0 > 0 && BeforeTheVerb.Contains(tokens[k0].Text)) k0--;
        var subjectEnd = k0 + 1;
        var persons = mentionsIn(mention.Sentence).Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).ToList();
        var last = persons.FirstOrDefault(p => p.TokenEnd == subjectEnd);
        if (last is not null)
        {
            var subjects = CoordinatedBefore.Extend(tokens, persons, [last], p => !thirdParties.Contains(p.EntityId!));
            return subjects.Count >= 2 ? subjects.Select(p => p.EntityId!).Distinct().ToList() : [];
        }
        if (CountedGroupNamedBefore.GroupBefore(tokens, verb) is not { } group || CountedGroupNamedBefore.NoneOf(tokens, group.Start)) return [];
        var named = CountedGroupNamedBefore.NamedBefore(sentences, mention.Sentence, group.Start, group.Size, mentionsIn, thirdParties);
        return Fits(named, tokens, countryOf, holdsOffice) ? named : [];
    }

    /// <summary>
    /// Whether the people a counted group was read as fit it: each of a state of their own, and each holding the office the
    /// group's head names ("the two presidents", "the two heads of state", read as <see cref="CountedGroupByOffice"/> does).
    /// </summary>
    internal static bool Fits(List<string> people, List<Token> tokens, Func<string, string?> countryOf, Func<string, string, bool> holdsOffice) =>
        people.Count > 0 && OfDistinctStates(people, countryOf)
        && (CountedGroupByOffice.Read(tokens) is not { } counted || people.All(p => holdsOffice(p, counted.Office)));

    /// <summary>
    /// Whether the people a counted group was read as each speak for a state of their own: a joint text joins sides, so a
    /// group read as two people of one state (a leader and his own minister named last) or as someone of no known state is
    /// misread, and names nobody surely.
    /// </summary>
    private static bool OfDistinctStates(List<string> people, Func<string, string?> countryOf)
    {
        var states = new HashSet<string>();
        foreach (var person in people)
            if (countryOf(person) is not { } state || !states.Add(state)) return false;
        return true;
    }

    /// <summary>
    /// "..., issued by the six ministers", "released by the two leaders": a counted group as the agent of an issuing verb
    /// right after the text (a comma between); where the group starts and the number it counts, or null.
    /// </summary>
    private static (int Start, int Size)? IssuedByAGroup(List<Token> tokens, int end)
    {
        var verb = end < tokens.Count && tokens[end].Text == "," ? end + 1 : end;
        if (verb + 2 >= tokens.Count || !IssuingVerbs.Contains(tokens[verb].Text) || tokens[verb + 1].Lower != "by") return null;
        // The group ends where a phrase or clause begins: "by the two foreign ministries" goes on past "the two", so it counts no people.
        for (var k = verb + 3; k < tokens.Count && k <= verb + 7; k++)
            if (AfterTheAgents.Contains(tokens[k].Text) && CountedGroupNamedBefore.GroupBefore(tokens, k) is { } group && group.Start == verb + 2) return group;
        return null;
    }

    /// <summary>A lower-case word that may be a finite verb: "said", "welcomed", "called", "declared", "stressed".</summary>
    private static bool IsVerbLike(Token t) => t.IsWord && !t.IsCapitalized && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower is "said" or "says" or "say");

    /// <summary>The verb of the clause whose subject opens at <paramref name="from"/>: the first verb-like word within a few words.</summary>
    private static int VerbAfter(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k <= from + 10; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" or ".") return -1;
            if (IsVerbLike(tokens[k]) && k > from) return k;
        }
        return -1;
    }
}
