using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X signed for the government and Y signed for the rebels", "Kagame signed first", "before Lapid signed it", "It was signed
/// for Chile by X and for Peru by Y": a signing told without naming the document signs the one the story told last (the
/// pattern: once a document is under discussion, a bare "signed" is about it). Only a sentence that names no document of
/// its own counts, and only a verb whose object is none, a pronoun or a copy.
/// </summary>
internal static class ObjectlessSigning
{
    /// <summary>What may follow a signing verb that names no object: the end, a side signed for, a manner, a time, a place.</summary>
    private static readonly FrozenSet<string> BareFollowers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".", ",", ";", "for", "on", "first", "last", "next", "too", "as", "in", "at", "after", "before", "while", "and", "separately", "later", "earlier", "alongside", "together", "\"", "”" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClauseStarts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "and", "before", "after", "when", "while", "as", "then", ";", "that", "who", "which", "where" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Denials = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "not", "never", "n't", "neither", "nor", "none", "without" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>
    /// Words that may stand between a subject and its verb: "X also signed", "X, the envoy, signed", "X had signed"; and a
    /// quantifier floated off a plural subject, "A, B and C each signed it", "A and B both signed" (the pattern: "each", "both",
    /// "all" after the names repeat the subject, they do not replace it).
    /// </summary>
    private static readonly FrozenSet<string> BeforeTheVerb = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ",", "also", "then", "later", "had", "has", "have", "formally", "jointly", "personally", "finally", "subsequently", "duly", "first", "each", "both", "all" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds to each document the people a bare signing verb names, sentence by sentence.</summary>
    /// <param name="documentsBefore">Sentence → the agreement the story told last before it (a concluded one of the events reported), if any.</param>
    public static IEnumerable<(Agreement Agreement, string Person, Sentence Sentence)> Find(IReadOnlyList<Sentence> sentences,
        Func<Sentence, IReadOnlyList<Mention>> mentionsIn, Func<Sentence, bool> namesADocument, Func<Sentence, Agreement?> documentsBefore)
    {
        // Whether the sentence before told a signing or a turn of its order (see SigningOrder): "X signed first. Y was followed by
        // A and B. Then came C": each turn goes on from the one before.
        var narrative = false;
        foreach (var sentence in sentences)
        {
            var narrativeBefore = narrative;
            var previous = sentence.Index > 0 ? SentenceAt(sentences, sentence.Index - 1) : null;
            // "They were followed by ..." after "Among them were ...": the order goes on from the signing before the members' list.
            if (previous is not null && SigningGroupMembers.OpensAMembersList(previous.Tokens) && previous.Index > 0 && SentenceAt(sentences, previous.Index - 1) is { } beforeList)
                narrativeBefore |= SigningVerb.AnyIn(beforeList.Tokens);
            narrative = SigningVerb.AnyIn(sentence.Tokens) || narrativeBefore && SigningOrder.TellsATurn(sentence, mentionsIn(sentence));
            if (namesADocument(sentence)) continue;
            var signers = Signers(sentence.Tokens, mentionsIn(sentence))
                .Concat(SigningGroupMembers.Members(sentence, previous, mentionsIn(sentence)).Select(p => p.EntityId!))
                .Concat(SigningOrder.Followers(sentence, narrativeBefore, mentionsIn(sentence)).Select(p => p.EntityId!))
                .Concat(JoinedInTheSigning.Signers(sentence.Tokens, mentionsIn(sentence)).Select(p => p.EntityId!)).ToList();
            if (signers.Count == 0 || documentsBefore(sentence) is not { } agreement) continue;
            foreach (var person in signers.Distinct()) yield return (agreement, person, sentence);
        }
    }

    private static Sentence? SentenceAt(IReadOnlyList<Sentence> sentences, int index)
    {
        for (var k = 0; k < sentences.Count; k++)
            if (sentences[k].Index == index) return sentences[k];
        return null;
    }

    /// <summary>The people a bare signing verb of the sentence names: its subject, or the agents after "by".</summary>
    public static IEnumerable<string> Signers(List<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        // Most sentences sign nothing: the people are sorted only for one that does.
        if (!SigningVerb.AnyIn(tokens)) yield break;
        var persons = mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).OrderBy(m => m.TokenStart).ToList();
        var clauseStart = 0;
        for (var v = 0; v < tokens.Count; v++)
        {
            if (!SigningVerb.IsAt(tokens, v)) continue;
            var start = clauseStart;
            clauseStart = v + 1;
            if (Denied(tokens, v) || SignedAsWitness.At(tokens, v)) continue;
            // "Among those who signed were A and B", "X signed it on Monday: A, B and C": the list names the signers.
            var listed = SignerListAfterVerb.At(tokens, persons, v).ToList();
            // "the two ministers, A and B, who signed it": the names the relative hangs on.
            if (listed.Count == 0 && NamesNoObject(tokens, v)) listed = RelativeSigners.At(tokens, persons, v).ToList();
            if (listed.Count > 0)
            {
                foreach (var p in listed) yield return p.EntityId!;
                continue;
            }
            // "Kenya signed through its foreign minister, X": the agent signed, whatever the subject (see SignedThroughAnAgent).
            var agents = SignedThroughAnAgent.After(tokens, persons, v).ToList();
            if (agents.Count > 0)
            {
                foreach (var p in agents) yield return p.EntityId!;
                continue;
            }
            // "A and B put their names to it": the object follows the phrase. "X, the host, signed with A of Y and B of Z":
            // people right after "with" are co-signers, no object (see SignedWithOthers).
            if (!(NamesNoObject(tokens, v) || SignedRightWithPeople(tokens, persons, v)) || Denied(tokens, v)) continue;
            // "It was signed for Sri Lanka by X, and for India by Y": the agents after each "by". "They were signed" speaks of several.
            // "The text was signed by X": a generic document noun as the subject stands for the story's document as "it" does.
            if (v >= 2 && tokens[v - 1].Lower == "was" && (tokens[v - 2].Lower == "it" || v >= 3 && GenericDocument(tokens, v - 3)))
            {
                foreach (var p in persons.Where(p => p.TokenStart > v && p.TokenStart >= 1 && IsAgent(tokens, v, p.TokenStart))) yield return p.EntityId!;
                continue;
            }
            // "X was the first to sign": the subject stands before the copula (see SigningVerb.TurnCopula).
            var subjectEnd = SigningVerb.TurnCopula(tokens, v) is var copula and >= 0 ? copula : v;
            // "Their ministers - A of X and B of Y - signed": the names between the dashes are the subject (see DashAside).
            if (DashAside.ClosesAnApposedSubject(tokens, subjectEnd)) subjectEnd--;
            // "the documents signed", "they signed": a participle after a noun, or a subject that is no person.
            // "C of the National Union (NU) signed": the last name's side may stand between it and the verb.
            // "X, the chief of staff, had been present from the start and then signed for his side": the subject of the verb
            // before the "and" (see SubjectOfAnEarlierVerb).
            var and = subjectEnd - 1;
            while (and > 0 && tokens[and].Text != "," && BeforeTheVerb.Contains(tokens[and].Text)) and--;
            var earlierVerbSubject = and > 0 && tokens[and].Lower == "and" ? SubjectOfAnEarlierVerb.At(tokens, persons, and) : null;
            // "At the lodge the two envoys, A and B, sat down and signed": every name of a counted group subject (see GroupAt).
            var earlierGroup = earlierVerbSubject is null && and > 0 && tokens[and].Lower == "and" ? SubjectOfAnEarlierVerb.GroupAt(tokens, persons, and) : [];
            if (earlierGroup.Count > 0) earlierVerbSubject = earlierGroup[0];
            if (subjectEnd == 0 || !(earlierVerbSubject is not null || BeforeTheVerb.Contains(tokens[subjectEnd - 1].Text) ||
                                     persons.Any(p => p.TokenEnd == subjectEnd || p.TokenEnd < subjectEnd && OfPhrase(tokens, p.TokenEnd, subjectEnd)))) continue;
            // "X told reporters his government had signed": a reported clause with a noun subject of its own (see ReportedNounSubject).
            if (ReportedNounSubject(tokens, start, subjectEnd)) continue;
            // The subject: the first person of the verb's clause ("as they signed" has none), and those joined to it by "and" alone.
            for (var k = subjectEnd - 1; k > start; k--)
                if (ClauseStarts.Contains(tokens[k].Text) && !(tokens[k].Lower == "and" && persons.Any(p => p.TokenEnd == k || p.TokenEnd < k && OfPhrase(tokens, p.TokenEnd, k)))) { start = k; break; }
            var subject = persons.Where(p => p.TokenStart >= start && p.TokenEnd <= subjectEnd).ToList();
            if (subject.Count == 0 && DescribedByARelative(tokens, persons, v) is { } described) subject.Add(described);
            if (subject.Count == 0 && earlierVerbSubject is not null) subject.Add(earlierVerbSubject);
            // "X, the envoy, who led the talks, also signed": a name described before its relative clause (see InterruptedSubject).
            if (subject.Count == 0 && persons.FirstOrDefault(p => InterruptedSubject.Holds(tokens, p.TokenEnd, v) && !AgreementMentionFinder.InAppositionOf(tokens, p)) is { } interrupted) subject.Add(interrupted);
            // "A, the envoy of X, and B, the envoy of Y, signed in turn": the first subject found shares the verb with the names
            // coordinated before it past their descriptions, as the subject of a verb with a document does (see CoordinatedBefore).
            if (subject.Count > 0)
                foreach (var p in CoordinatedBefore.Extend(tokens, persons, subject.GetRange(0, 1), q => !AgreementMentionFinder.InAppositionOf(tokens, q)).Skip(1))
                    yield return p.EntityId!;
            // "X, head of the party (RPCR), signed with A, her deputy, and B": the people it signed with signed too, whether or
            // not the subject was found (see SignedWithOthers).
            foreach (var p in SignedWithOthers.After(tokens, persons, v)) yield return p.EntityId!;
            // "For Norland the chief envoy, A, who bears the title of margrave, or keeper of the march, signed together with his
            // colleagues, B and C": the co-signers listed after "together with" or "alongside" signed though the subject, past
            // a long description, is not found (the pattern: the co-signing phrase names signers on its own, as "with" does).
            if (subject.Count == 0)
            {
                foreach (var p in AgreementMentionFinder.CosignersAfter(tokens, persons, v)) yield return p.EntityId!;
                continue;
            }
            yield return subject[0].EntityId!;
            if (subject.Count == 1 && earlierGroup.Count > 1 && subject[0] == earlierGroup[0])
                foreach (var p in earlierGroup.Skip(1)) yield return p.EntityId!;
            // "A, B and C signed for their countries": commas join the names of a list that an "and" closes.
            for (var i = 1; i < subject.Count && (JoinedByAnd(tokens, subject[i - 1].TokenEnd, subject[i].TokenStart)
                     || JoinedByComma(tokens, subject[i - 1].TokenEnd, subject[i].TokenStart) && ClosedByAnd(tokens, subject, i)); i++)
                yield return subject[i].EntityId!;
            var gapped = GappedSigners.After(tokens, persons, v).ToList();
            foreach (var p in gapped) yield return p.EntityId!;
            // "..., and B and C for Vestria": the name joined to a gapped item's name signed too (see CoordinatedGappedItem).
            foreach (var p in CoordinatedGappedItem.Partners(tokens, persons, gapped, v)) yield return p.EntityId!;
            // "X signed for Russia, followed one by one by the leaders, among them A and B": those who followed signed in turn.
            foreach (var p in SigningOrder.FollowersInTheSentence(tokens, persons, v)) yield return p.EntityId!;
            // "X signed for his country, alongside Y, Z and W": the co-signers listed after it signed too.
            foreach (var p in AgreementMentionFinder.CosignersAfter(tokens, persons, v)) yield return p.EntityId!;
        }
    }

    /// <summary>Verbs of saying that open a reported clause.</summary>
    private static readonly FrozenSet<string> SpeechVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "said", "says", "told", "tells", "announced", "added", "stated", "insisted", "argued" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "X told reporters his government had signed", "Y said the rebels signed": after a verb of saying, a noun phrase
    /// ("his government", "the rebels") right before the signing verb (auxiliaries aside) is the subject of the reported
    /// clause, so the speaker is no signer (the pattern: the speaker reports another's act; "X said he signed" keeps a pronoun).
    /// </summary>
    private static bool ReportedNounSubject(List<Token> tokens, int start, int subjectEnd)
    {
        var k = subjectEnd - 1;
        while (k > start && tokens[k].Text != "," && BeforeTheVerb.Contains(tokens[k].Text)) k--;
        if (k <= start + 1 || !tokens[k].IsWord || tokens[k].IsCapitalized || tokens[k].Lower is "he" or "she" or "they" or "who" or "both" or "each" or "all") return false;
        var determiner = tokens[k - 1].Lower is "his" or "her" or "their" or "its" or "the" ? k - 1
            : k >= 2 && tokens[k - 1].IsWord && tokens[k - 2].Lower is "his" or "her" or "their" or "its" or "the" ? k - 2 : -1;
        if (determiner < 0) return false;
        for (var j = start; j < determiner; j++)
            if (SpeechVerbs.Contains(tokens[j].Text)) return true;
        return false;
    }

    /// <summary>
    /// "X, who heads the FRODEBU party, signed for his party": a relative clause set off by commas between a name and the
    /// verb describes the name, which is the verb's subject (the pattern: a non-restrictive relative interrupts its own subject).
    /// </summary>
    private static Mention? DescribedByARelative(List<Token> tokens, IReadOnlyList<Mention> persons, int verb)
    {
        if (verb < 4 || tokens[verb - 1].Text != ",") return null;
        for (var k = verb - 2; k >= 2 && k >= verb - RelativeReach && tokens[k].Text is not (";" or "." or ","); k--)
            if (tokens[k].Lower == "who")
                return tokens[k - 1].Text == "," ? persons.FirstOrDefault(p => p.TokenEnd == k - 1) : null;
        return null;
    }

    /// <summary>How long a relative clause inside the subject may be ("who leads the African Party for the Independence of ...").</summary>
    private const int RelativeReach = 25;

    /// <summary>
    /// "A, Burkinabe Prime Minister B": a comma, then only a title of capitalised words. "A of the Popular Front (PF), B": the
    /// first one's side after "of" may come before the comma, as before an "and" (see <see cref="JoinedByAnd"/>).
    /// </summary>
    private static bool JoinedByComma(List<Token> tokens, int from, int to)
    {
        if (from < to && tokens[from].Lower == "of" && (from = JoinerAfterTheSide(tokens, from, to, ",")) < 0) return false;
        return to > from && tokens[from].Text == "," && Enumerable.Range(from + 1, to - from - 1).All(k => TitleWord(tokens, k, from, to));
    }

    /// <summary>
    /// A word of the title before a listed name, strictly between <paramref name="from"/> and <paramref name="to"/>: a
    /// capitalised word ("U.S.", "Foreign", "Minister"), a possessive, or the lower-case "of" (and a "the" after it) inside a
    /// title whose words on both sides are capitalised: "A, U.S. Secretary of State B and C signed", "A and Minister of the
    /// Interior B signed" (the pattern: an office named with "of" is still one title before its holder's name).
    /// </summary>
    private static bool TitleWord(List<Token> tokens, int k, int from, int to)
    {
        if (tokens[k].IsCapitalized && tokens[k].IsWord || tokens[k].Text is "'s" or "’s") return true;
        if (k - 1 <= from || k + 1 >= to) return false;
        return tokens[k].Lower == "of" && tokens[k - 1].IsCapitalized && tokens[k - 1].IsWord && (tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord || tokens[k + 1].Lower == "the")
               || tokens[k].Lower == "the" && tokens[k - 1].Lower == "of" && tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord;
    }

    /// <summary>Whether a later pair of the subject's names, from the <paramref name="i"/>th on, is joined by "and": the list is closed.</summary>
    private static bool ClosedByAnd(List<Token> tokens, IReadOnlyList<Mention> subject, int i) =>
        Enumerable.Range(i, subject.Count - i).Any(j => JoinedByAnd(tokens, subject[j - 1].TokenEnd, subject[j].TokenStart));

    /// <summary>
    /// "X and Y", "X and Venezuelan Foreign Minister Y": "and", then only a title of capitalised words. "X of the Democratic
    /// Party (DPA) and Y": a short "of" phrase naming the first one's party or country may come before the "and" (the pattern:
    /// "A of X and B of Y" lists people each with their side).
    /// </summary>
    private static bool JoinedByAnd(List<Token> tokens, int from, int to)
    {
        if (from < to && tokens[from].Lower == "of" && (from = JoinerAfterTheSide(tokens, from, to, "and")) < 0) return false;
        return to > from && tokens[from].Lower == "and" && (Enumerable.Range(from + 1, to - from - 1).All(k => TitleWord(tokens, k, from, to))
            || CounterpartInApposition(tokens, from + 1, to));
    }

    /// <summary>
    /// "A and his Peruvian counterpart, B, signed", "A and her Russian counterpart B signed": "his counterpart", its nationality
    /// between, then the name, in apposition or right after (the pattern: the counterpart is the second person of a pair).
    /// </summary>
    private static bool CounterpartInApposition(List<Token> tokens, int from, int to)
    {
        var noun = to >= 1 && tokens[to - 1].Text == "," ? to - 2 : to - 1;
        return noun - from >= 1 && tokens[from].Lower is "his" or "her" && tokens[noun].Lower == "counterpart"
               && Enumerable.Range(from + 1, noun - from - 1).All(k => tokens[k].IsCapitalized && tokens[k].IsWord);
    }

    /// <summary>"of the Democratic Party of Albanians (DPA)" from <paramref name="from"/> up to <paramref name="to"/>: a short name of a side after "of".</summary>
    private static bool OfPhrase(List<Token> tokens, int from, int to) =>
        tokens[from].Lower == "of" && to - from <= OfPhraseReach &&
        Enumerable.Range(from + 1, to - from - 1).All(k => tokens[k].IsCapitalized || tokens[k].Lower is "the" or "of" or "for" or "and" || tokens[k].Text is "(" or ")");

    /// <summary>The <paramref name="joiner"/> ("," or "and") that closes the "of" phrase opening at <paramref name="of"/>, before <paramref name="to"/>; or -1.</summary>
    private static int JoinerAfterTheSide(List<Token> tokens, int of, int to, string joiner)
    {
        for (var k = of + 1; k < to && k <= of + OfPhraseReach; k++)
            if (tokens[k].Lower == joiner && OfPhrase(tokens, of, k)) return k;
        return -1;
    }

    /// <summary>How long the "of" phrase after a listed name may be ("of the Party for the Renewal of the Northern Provinces (PRNP)").</summary>
    private const int OfPhraseReach = 14;

    /// <summary>"signed with King A of Y, B of Z": "with" right after the verb, then the people it lists (see SignedWithOthers).</summary>
    private static bool SignedRightWithPeople(List<Token> tokens, IReadOnlyList<Mention> persons, int verb) =>
        verb + 1 < tokens.Count && tokens[verb + 1].Lower == "with" && SignedWithOthers.After(tokens, persons, verb).Any();

    /// <summary>
    /// Whether the signing at <paramref name="verb"/> names no document: nothing after it is an object, or it is a signature
    /// phrase that takes none ("the ministers added their own signatures beneath the names", "put their own initials beneath": where
    /// on the page tells no other text; see SigningVerb.SignaturesWithoutObject).
    /// </summary>
    private static bool NamesNoObject(List<Token> tokens, int verb) =>
        HasNoDocumentObject(tokens, SigningVerb.ObjectStart(tokens, verb) - 1) || SigningVerb.SignaturesWithoutObject(tokens, verb);

    /// <summary>"signed.", "signed for Kenya", "signed it", "signed Lebanon's copy": nothing after the verb is another object.</summary>
    private static bool HasNoDocumentObject(List<Token> tokens, int verb)
    {
        if (verb + 1 >= tokens.Count) return true;
        var next = tokens[verb + 1];
        if (BareFollowers.Contains(next.Text) || next.Lower is "it" or "them" or "by") return true;
        // "signed Lebanon's copy", "signed their copies".
        for (var k = verb + 1; k < tokens.Count && k <= verb + 4; k++)
            if (tokens[k].Lower is "copy" or "copies") return true;
        // "signed two documents": a counted plural names none of them (see CountedDocuments).
        return GenericDocument(tokens, verb + 1) || CountedDocuments.At(tokens, verb + 1);
    }

    /// <summary>
    /// "A and B signed a document in the capital setting out ...", "put their names to the documents": a bare "document" or
    /// "text" names no document of its own, so in a sentence that names none it stands for the story's document (the pattern:
    /// the news tells the act first with a generic noun, then names the text it is about). "The instrument was signed for X by
    /// A": the formal "instrument" of treaty prose is such a noun too ("instrument of ratification" is left out by its "of").
    /// </summary>
    private static bool GenericDocument(List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Lower is "a" or "the" or "this" or "these" && tokens[k + 1].Lower is "document" or "documents" or "text" or "texts" or "instrument" or "instruments"
        && !(k + 2 < tokens.Count && tokens[k + 2].Lower == "of");

    /// <summary>"did not sign", "Rubio, who never signed", "neither signed": a denied verb names no signer.</summary>
    private static bool Denied(List<Token> tokens, int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - 3; k--)
            if (Denials.Contains(tokens[k].Text)) return true;
        return false;
    }

    /// <summary>
    /// A person after a "by" that follows the verb, titles and appositions between ("by the Defence Secretary, Air Marshal X"),
    /// not inside another agent's description ("adviser to X").
    /// </summary>
    private static bool IsAgent(List<Token> tokens, int verb, int person)
    {
        // "by A, chief executive of Gazprom, and B, chairman of CNPC": past a ", and" the name is the next agent of the list,
        // and the "of" before it describes the agent before (the pattern: a list of agents, each with its own apposition).
        var listed = false;
        for (var k = person - 1; k > verb && k >= person - (listed ? AgentListReach : 10); k--)
        {
            if (tokens[k].Lower == "by") return true;
            // "by A for Argentina and B for Chile": an "and" after the side an agent signed for opens the next agent too.
            if (tokens[k].Lower == "and" && (tokens[k - 1].Text == "," || SideBefore(tokens, k))) listed = true;
            if (!listed && tokens[k].Lower is "to" or "of" && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized) return false;
            if (tokens[k].Text is ";" or ".") return false;
        }
        return false;
    }

    /// <summary>"for Argentina and": a capitalised side after "for" right before the "and" at <paramref name="and"/>.</summary>
    private static bool SideBefore(List<Token> tokens, int and) =>
        and >= 2 && tokens[and - 1].IsWord && tokens[and - 1].IsCapitalized && tokens[and - 2].Lower == "for";

    /// <summary>How far back the "by" of a listed agent may stand: two agents with their appositions.</summary>
    private const int AgentListReach = 30;
}
