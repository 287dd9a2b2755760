using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X signed first. He was followed by A, B and C", "They were followed by D, who signed for the opposition, and by E": at a
/// signing told one signer after another, the people who "followed" the signers of the sentence before signed in turn
/// (the pattern: a ceremony's order of signing names its signers). Only a pronoun subject that points back to a signing
/// sentence counts, so a programme "followed by a press conference" names no one.
/// </summary>
internal static class SigningOrder
{
    private static readonly FrozenSet<string> Pronouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "he", "she", "they" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The people a sentence of turns names after a signing: those who "followed" the signer(s) of the sentence before, with
    /// the subject that was followed when it names a person ("Its chairman, X, was followed by A and B"), and those who
    /// "then came" ("Then came the rebel commanders: C and D"). <paramref name="narrativeBefore"/> says the sentence before
    /// told a signing or a turn of it (the pattern: a ceremony's order of signing runs over several sentences, each turn
    /// naming the next signers). Empty when the sentence tells no such turn or speaks of witnesses.
    /// </summary>
    public static IEnumerable<Mention> Followers(Sentence sentence, bool narrativeBefore, IReadOnlyList<Mention> mentions)
    {
        if (!narrativeBefore) return [];
        var persons = mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).ToList();
        var by = FollowedBy(sentence.Tokens, persons, out var copula);
        // "He was followed by": a pronoun points back to signers, as ever; the newer turns must not be told of witnesses.
        if (by >= 0 && copula < 0)
            return persons.Where(m => m.TokenStart > by && !Describes(sentence.Tokens, m));
        if (Witnessed(sentence.Tokens)) return [];
        if (by >= 0)
            return persons.Where(m => (m.TokenStart > by || m.TokenEnd <= copula) && !Describes(sentence.Tokens, m));
        var came = CameInTurn(sentence.Tokens);
        if (came < 0 || !OpensWithPeople(sentence.Tokens, persons, came)) return [];
        var end = ListEnd(sentence.Tokens, came + 1);
        return persons.Where(m => m.TokenStart > came && m.TokenEnd <= end && !Describes(sentence.Tokens, m));
    }

    /// <summary>Whether the sentence tells a turn of a signing's order, as <see cref="Followers"/> reads it (so the next sentence may go on with the order).</summary>
    /// <remarks>"followed by" is read once: the test is pure, so its two uses share one reading.</remarks>
    public static bool TellsATurn(Sentence sentence, IReadOnlyList<Mention> mentions)
    {
        var by = FollowedBy(sentence.Tokens, mentions.Where(m => m.Kind == MentionKind.Person).ToList(), out var copula);
        return by >= 0 && copula < 0 || !Witnessed(sentence.Tokens) && (by >= 0 || CameInTurn(sentence.Tokens) >= 0);
    }

    /// <summary>Words that make a turn one of witnesses or onlookers, not of signers.</summary>
    private static readonly FrozenSet<string> WitnessWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "witness", "witnesses", "witnessed", "observer", "observers", "watched", "watching", "onlookers" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A witness word anywhere, or "looked on" (a loop: this runs on every sentence after a signing).</summary>
    private static bool Witnessed(List<Token> tokens)
    {
        foreach (var t in tokens)
            if (WitnessWords.Contains(t.Text)) return true;
        for (var k = 0; k + 1 < tokens.Count; k++)
            if (tokens[k].Lower == "looked" && tokens[k + 1].Lower == "on") return true;
        return false;
    }

    /// <summary>
    /// "He was followed by", "They were then followed by", "Its coordinator, X, was followed by": the index of "by", or -1, with
    /// the copula's index. A subject other than a pronoun must name a person and the agent open with people, so "The
    /// ceremony was followed by a lunch hosted by X" names no one.
    /// </summary>
    private static int FollowedBy(List<Token> tokens, IReadOnlyList<Mention> persons, out int copula)
    {
        copula = -1;
        for (var c = 1; c + 2 < tokens.Count; c++)
        {
            if (tokens[c].Text is "." or ";" || tokens[c].Lower is "who" or "which" or "that") return -1;
            if (tokens[c].Lower is not ("was" or "were")) continue;
            var k = c + 1;
            if (tokens[k].Lower is "then" or "soon" or "quickly" or "immediately") k++;
            if (k + 1 >= tokens.Count || tokens[k].Lower != "followed" || tokens[k + 1].Lower != "by") return -1;
            var subjectIsPronoun = c == 1 && Pronouns.Contains(tokens[0].Text);
            // A pronoun points back to the signers; another subject must name a person and be followed by people.
            if (!subjectIsPronoun && (!persons.Any(p => p.TokenEnd <= c) || !OpensWithPeople(tokens, persons, k + 1))) return -1;
            copula = subjectIsPronoun ? -1 : c;
            return k + 1;
        }
        return -1;
    }

    /// <summary>Order words before "came" that make it a turn: "Then came", "Next came", "Last came", "Finally came".</summary>
    private static readonly FrozenSet<string> TurnAdverbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "then", "next", "last", "finally", "later", "after" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Then came A and B", "Next came the commanders: C and D", "After him came E": "came" right after an order word opening
    /// the sentence (subject after the verb, as in a telling of turns). The index of "came", or -1.
    /// </summary>
    private static int CameInTurn(List<Token> tokens)
    {
        for (var k = 1; k < tokens.Count && k <= 4; k++)
        {
            if (tokens[k].Lower != "came") continue;
            if (TurnAdverbs.Contains(tokens[k - 1].Text) && k - 1 == 0) return k;
            // "After him came", "After them came": a turn told after the people before.
            if (k == 2 && TurnAdverbs.Contains(tokens[0].Text) && tokens[1].Lower is "him" or "her" or "them") return k;
        }
        return -1;
    }

    /// <summary>
    /// A person within a few words after <paramref name="at"/> (titles first: "Brigadier-General X"; no second "by" between, as
    /// in "a lunch hosted by X"), or a plural noun for people.
    /// </summary>
    private static bool OpensWithPeople(List<Token> tokens, IReadOnlyList<Mention> persons, int at) =>
        persons.Any(p => p.TokenStart >= at + 1 && p.TokenStart <= at + 5 && !Enumerable.Range(at + 1, p.TokenStart - at - 1).Any(j => tokens[j].Lower == "by" || tokens[j].Text is "," or "."))
        || Enumerable.Range(at + 1, Math.Max(0, Math.Min(tokens.Count, at + 7) - at - 1)).TakeWhile(j => tokens[j].Text != ",").Any(j => PeopleNouns.Contains(tokens[j].Text));

    private static int ListEnd(List<Token> tokens, int from)
    {
        var end = from;
        while (end < tokens.Count && !FollowerListEnds.Contains(tokens[end].Text)) end++;
        return end;
    }

    /// <summary>Plural nouns for people that may open the list after "followed by" ("followed by the sixteen heads of state, among them A").</summary>
    private static readonly FrozenSet<string> PeopleNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "heads", "leaders", "ministers", "presidents", "premiers", "delegates", "delegations", "envoys", "representatives", "signatories", "others", "members", "commanders", "negotiators", "officials", "chiefs", "chairmen" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Words after which the followers' list is over: a clause or a scene of its own begins.</summary>
    private static readonly FrozenSet<string> FollowerListEnds = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".", ";", "who", "whose", "which", "whom", "that", "while", "but", "after", "before", "with", "as" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>How far after the signing verb its ", followed by" may stand ("X signed for Russia and Y for the alliance, followed ...").</summary>
    private const int FollowedReach = 24;

    /// <summary>
    /// "X signed first, followed by A and B", "X signed for Russia, followed one by one by the sixteen leaders, among them A and B":
    /// a participle ", followed by" in the signing verb's own sentence names the people who signed after (the pattern: a
    /// ceremony's order of signing told in one sentence). Only a person, or a plural noun for people, may open the list, so
    /// "signed the deal, followed by a press conference with Y" names no one.
    /// </summary>
    public static IEnumerable<Mention> FollowersInTheSentence(List<Token> tokens, IReadOnlyList<Mention> persons, int verb)
    {
        for (var k = verb + 1; k + 2 < tokens.Count && k <= verb + FollowedReach; k++)
        {
            if (tokens[k].Text is "." or ";" || SigningVerb.IsAt(tokens, k)) yield break;
            if (tokens[k].Lower != "followed" || tokens[k - 1].Text != ",") continue;
            var by = k + 1;
            // "followed one by one by", "followed in turn by", "followed shortly by": a manner before the agent.
            if (by + 2 < tokens.Count && tokens[by].Lower == "one" && tokens[by + 1].Lower == "by" && tokens[by + 2].Lower == "one") by += 3;
            else if (by + 1 < tokens.Count && tokens[by].Lower == "in" && tokens[by + 1].Lower is "turn" or "order") by += 2;
            else if (tokens[by].Lower is "then" or "shortly" or "soon" or "immediately") by++;
            if (by >= tokens.Count || tokens[by].Lower != "by") yield break;
            if (!AgentOpensWithPeople(tokens, persons, by)) yield break;
            var end = by + 1;
            while (end < tokens.Count && !FollowerListEnds.Contains(tokens[end].Text)) end++;
            foreach (var p in FollowersBetween(tokens, persons, by, end)) yield return p;
            yield break;
        }
    }

    // The two tests below are methods of their own: lambdas over "by" and "end" inside the loop above would make their
    // closure on every word the loop reads, not only at "followed by".

    /// <summary>The agent after "by" opens with a person or a people noun ("followed by the ministers").</summary>
    private static bool AgentOpensWithPeople(List<Token> tokens, IReadOnlyList<Mention> persons, int by) =>
        persons.Any(p => p.TokenStart >= by + 1 && p.TokenStart <= by + 3)
        || Enumerable.Range(by + 1, Math.Max(0, Math.Min(tokens.Count, by + 7) - by - 1)).TakeWhile(j => tokens[j].Text != ",").Any(j => PeopleNouns.Contains(tokens[j].Text));

    /// <summary>The people named after "by" up to the list's end, other than those inside another's description.</summary>
    private static IEnumerable<Mention> FollowersBetween(List<Token> tokens, IReadOnlyList<Mention> persons, int by, int end) =>
        persons.Where(p => p.TokenStart > by && p.TokenEnd <= end && !Describes(tokens, p));

    /// <summary>"the adviser to X", "a deputy of Y", "led with Z": a name inside another person's description.</summary>
    private static bool Describes(List<Token> tokens, Mention person)
    {
        for (var k = person.TokenStart - 1; k >= 1 && k >= person.TokenStart - 4 && tokens[k].Text != ","; k--)
            if (tokens[k].Lower is "to" or "of" or "with" && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized) return true;
        return false;
    }
}
