using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Ruto received Museveni at State House. The two presidents signed a customs pact", "... and Vietnamese Prime Minister X.
/// On Tuesday the ten signed the declaration": a counted group of people as the subject of a signing verb stands for the
/// people the story named last before it, as many as the number says (the pattern: a counted group refers back to the
/// people just told, whatever the meeting stage made of them). Mediators and witnesses are not counted; a group whose
/// number the few sentences before cannot fill is the group of that number resolved earlier in the story, else nobody.
/// </summary>
internal static class CountedGroupNamedBefore
{
    /// <summary>Nouns for people a counted group may have as its head; "sides" and "governments" name states, not people.</summary>
    private static readonly FrozenSet<string> PeopleHeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "leaders", "presidents", "men", "women", "heads", "ministers", "premiers", "rivals", "chancellors", "monarchs", "kings", "envoys", "negotiators" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Words between the group and its verb: "the two men had signed", "the four then signed".</summary>
    private static readonly FrozenSet<string> BeforeTheVerb = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "had", "have", "then", "also", "jointly", "formally", "later", "subsequently", "duly", "together" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Verbs of attending a signing without signing: "and witnessed the exchange of ...".</summary>
    private static readonly FrozenSet<string> LookingOn = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "witnessed", "watched", "observed", "attended", "oversaw", "looked" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many sentences before the group's own the people it counts may have been named in.</summary>
    private const int Reach = 3;

    /// <summary>Each signer a counted group stands for, with the document its signing verb governs.</summary>
    public static IEnumerable<(Agreement Agreement, string Person, Sentence Sentence)> Find(IReadOnlyList<Sentence> sentences,
        Func<Sentence, IReadOnlyList<Mention>> mentionsIn, IReadOnlyList<Agreement> agreements, Lazy<IReadOnlySet<string>> thirdParties,
        IReadOnlyDictionary<int, Meetings.Meeting>? reportedMeeting = null, Func<string, string?>? countryOf = null)
    {
        // Every signer found signs a document of the story: with none, no word needs reading.
        if (agreements.Count == 0) yield break;
        // "On Tuesday the ten signed ..." then, pages on, "Wen and the ten leaders signed ...": a group counted again is the same people.
        var resolved = new Dictionary<int, List<string>>();
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            for (var verb = 1; verb < tokens.Count; verb++)
            {
                if (!SigningVerb.IsAt(tokens, verb) || tokens[verb].Lower == "initialled" || verb + 1 < tokens.Count && tokens[verb + 1].Lower == "by" || SignedAsWitness.At(tokens, verb)) continue;
                if (GroupBefore(tokens, verb) is not { } group || NoneOf(tokens, group.Start)) continue;
                var documents = new List<Agreement>();
                foreach (var start in Governed(tokens, verb))
                    if (DocumentAt(agreements, sentence.Index, start) is { } document && !documents.Contains(document)) documents.Add(document);
                if (documents.Count == 0) continue;
                // "The four also signed as guarantors": a group that signs in a third party's capacity counts the third parties.
                var excluded = SignsAsThirdParty(tokens, verb) ? new HashSet<string>() : thirdParties.Value;
                // "The two leaders signed" after talks of two: the gathering's people, before the last names told (see CountedGroupOfTheMeeting).
                var people = (reportedMeeting is null ? null : CountedGroupOfTheMeeting.People(sentence, group.Size, reportedMeeting, excluded, Reach))
                             ?? NamedBefore(sentences, sentence, group.Start, group.Size, mentionsIn, excluded, sideOf: HeadedByOffice(tokens, group.Start, verb) ? countryOf : null);
                if (people.Count == group.Size) resolved.TryAdd(group.Size, people);
                else if (!resolved.TryGetValue(group.Size, out people)
                         && (people = CountedGroupOfAnotherSigning.People(agreements, sentence.Index, group.Size, excluded)) is null) continue;
                foreach (var document in FewerSignersThan(documents, group.Size))
                    foreach (var person in people) yield return (document, person, sentence);
            }
        }
    }

    /// <summary>
    /// "None of the three put pen to the text", "neither of the two men signed": a group counted after a negative quantifier
    /// names those who did not sign (the pattern: "none of" denies the verb for every member of the group).
    /// </summary>
    internal static bool NoneOf(List<Token> tokens, int groupStart) =>
        groupStart >= 2 && tokens[groupStart - 1].Lower == "of"
        && (tokens[groupStart - 2].Lower is "none" or "neither" || tokens[groupStart - 2].Lower == "one" && groupStart >= 3 && tokens[groupStart - 3].Lower == "not");

    /// <summary>The first document with a reference starting at token <paramref name="start"/> of the sentence, or null.</summary>
    private static Agreement? DocumentAt(IReadOnlyList<Agreement> agreements, int sentence, int start)
    {
        // Indexed: a foreach over the read-only list boxes its enumerator, and this runs per word of a signing sentence.
        for (var i = 0; i < agreements.Count; i++)
            foreach (var m in agreements[i].Mentions)
                if (m.Sentence.Index == sentence && m.TokenStart == start) return agreements[i];
        return null;
    }

    /// <summary>The documents with fewer signers than the group counts (those who signed apart aside); apart from <see cref="Find"/> so that its per-word loop makes no closure.</summary>
    private static IEnumerable<Agreement> FewerSignersThan(List<Agreement> documents, int size) =>
        documents.Where(d => d.Signatories.Keys.Count(k => !d.SignedApart.Contains(k)) < size);

    /// <summary>
    /// "the two presidents", "both men", "the four Pacific Alliance presidents", "the ten" right before the verb (with "had",
    /// "then" between): where the group starts and the number it counts. Not after a witness's word ("watched by the two men").
    /// </summary>
    internal static (int Start, int Size)? GroupBefore(List<Token> tokens, int verb)
    {
        var k = verb - 1;
        while (k > 0 && BeforeTheVerb.Contains(tokens[k].Text)) k--;
        // "the ten signed": the number is the head.
        if (CountWords.TryRead(tokens[k].Text, 2, 12, out var bare) && k > 0 && tokens[k - 1].Lower is "the" or "all") return (k - 1, bare);
        // "the four heads of state", "the two heads of government": the head's own complement.
        if (k >= 2 && tokens[k - 1].Lower == "of" && tokens[k].Lower is "state" or "government" or "delegation") k -= 2;
        else if (k >= 3 && tokens[k - 1].Lower == "and" && tokens[k].Lower == "government" && tokens[k - 2].Lower == "state" && tokens[k - 3].Lower == "of") k -= 4;
        if (!PeopleHeads.Contains(tokens[k].Text)) return null;
        // "the two prime ministers", "the four Pacific Alliance presidents": up to three words of office or grouping first.
        for (var n = k - 1; n >= 0 && n >= k - 4; n--)
        {
            if (CountWords.TryRead(tokens[n].Text, 2, 12, out var size))
            {
                var start = n > 0 && tokens[n - 1].Lower is "the" or "all" or "these" or "those" ? n - 1 : n;
                if (start > 0 && tokens[start - 1].Lower == "same") start--;
                return tokens[n].Lower == "both" || start < n ? (start, size) : null;
            }
            if (!tokens[n].IsWord || tokens[n].Lower is "and" or "of" or "by" or "with") return null;
        }
        return null;
    }

    /// <summary>The story's documents the verb signs, in the order its sentence names them, with where each starts.</summary>
    internal static IEnumerable<(int Start, Agreement Document)> GovernedDocuments(List<Token> tokens, int verb, int sentence, IReadOnlyList<Agreement> agreements)
    {
        foreach (var start in Governed(tokens, verb))
            if (DocumentAt(agreements, sentence, start) is { } document) yield return (start, document);
    }

    /// <summary>Where each document the verb signs starts: its object, and documents coordinated with it in the same clause.</summary>
    internal static IEnumerable<int> Governed(List<Token> tokens, int verb)
    {
        for (var k = SigningVerb.ObjectStart(tokens, verb); k < tokens.Count && k <= verb + 40; k++)
        {
            if (tokens[k].Text is ";" or "." || tokens[k].Lower is "which" or "who" or "that" or "while" || k > verb && SigningVerb.IsAt(tokens, k)) yield break;
            // "signed a communiqué and then witnessed the swap of ten documents": a verb of looking on, coordinated after the
            // signing, governs its own objects, which the group only watched (the pattern: each coordinated verb has its objects).
            if (k > verb && tokens[k - 1].Lower == "and" && LookingOn.Contains(tokens[k].Text)) yield break;
            yield return k;
        }
    }

    /// <summary>
    /// The last <paramref name="size"/> people named before the group: earlier in its sentence past a clause break, then in
    /// the sentences before, nearest first. Empty when fewer are found within reach. With <paramref name="sideOf"/>, a person
    /// of a state already counted is passed over (see <see cref="OfAnotherSide"/>).
    /// </summary>
    internal static List<string> NamedBefore(IReadOnlyList<Sentence> sentences, Sentence sentence, int groupStart, int size,
        Func<Sentence, IReadOnlyList<Mention>> mentionsIn, IReadOnlySet<string> thirdParties, Func<string, bool>? fits = null, int reach = Reach,
        Func<string, string?>? sideOf = null)
    {
        var found = new List<string>();
        // "X and the two leaders signed": a name coordinated with the group is another subject, not one of the group.
        var clauseBreak = -1;
        for (var k = groupStart - 1; k >= 0 && clauseBreak < 0; k--)
            if (sentence.Tokens[k].Text is ";" or ":" || sentence.Tokens[k].Text == "," && k + 1 < sentence.Tokens.Count && sentence.Tokens[k + 1].Lower != "and") clauseBreak = k;
        var candidates = mentionsIn(sentence).Where(m => m.TokenEnd <= clauseBreak).OrderByDescending(m => m.TokenStart)
            .Concat(Enumerable.Range(Math.Max(0, sentence.Index - reach), Math.Min(reach, sentence.Index)).Reverse()
                .SelectMany(i => mentionsIn(sentences[i]).OrderByDescending(m => m.TokenStart)));
        foreach (var m in candidates)
        {
            if (m.Kind != MentionKind.Person || m.EntityId is not { } id || thirdParties.Contains(id) || found.Contains(id) || DescribesAnother(m) || fits is not null && !fits(id)) continue;
            if (sideOf is not null && !OfAnotherSide(id, found, sideOf)) continue;
            found.Add(id);
            if (found.Count == size) return found;
        }
        return [];
    }

    /// <summary>
    /// "X called on President A, then sat down with Prime Minister B for talks. The two leaders signed five accords": a counted
    /// group that signs joins the sides of a signing, so it counts one person a state; a second person of a state already
    /// counted (the host's head of state named last, a minister of the same government) is passed over for the next one
    /// named before (the pattern: "the two leaders" who sign are the leaders of two states). A person of no known state counts.
    /// Only for a group of office-holders: "the two rivals", "both men" of a civil war's peace may be of one state.
    /// </summary>
    internal static bool OfAnotherSide(string person, List<string> found, Func<string, string?> sideOf) =>
        sideOf(person) is not { } state || !found.Any(f => sideOf(f) == state);

    /// <summary>Heads that name the holders of a state's office ("the two presidents", "both heads of state"); "the two rivals" of a civil war may share a state.</summary>
    private static readonly FrozenSet<string> OfficeHeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "leaders", "presidents", "heads", "premiers", "ministers", "chancellors", "monarchs", "kings" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the group between <paramref name="start"/> and its verb is headed by a noun of state office (see <see cref="OfAnotherSide"/>).</summary>
    private static bool HeadedByOffice(List<Token> tokens, int start, int verb)
    {
        for (var k = start; k < verb; k++)
            if (OfficeHeads.Contains(tokens[k].Text)) return true;
        return false;
    }

    /// <summary>"the personal representative of President X", "an adviser to Y": a name inside another's description is not one of the group.</summary>
    private static bool DescribesAnother(Mention person)
    {
        var tokens = person.Sentence.Tokens;
        for (var k = person.TokenStart - 1; k > 0 && k >= person.TokenStart - 5 && tokens[k].Text != ","; k--)
            if (tokens[k].Lower is "of" or "to" && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized) return true;
        return false;
    }

    /// <summary>Capacities of a third party that still signs: "signed the act as guarantors", "signed as the mediator".</summary>
    private static readonly FrozenSet<string> ThirdPartyCapacities = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "guarantor", "guarantors", "mediator", "mediators", "facilitator", "facilitators" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool SignsAsThirdParty(List<Token> tokens, int verb)
    {
        for (var k = verb + 1; k + 1 < tokens.Count && k <= verb + 8 && tokens[k].Text is not ("." or ";" or ","); k++)
            if (tokens[k].Lower == "as") return ThirdPartyCapacities.Contains(tokens[k + 1].Lower is "the" or "a" && k + 2 < tokens.Count ? tokens[k + 2].Text : tokens[k + 1].Text);
        return false;
    }
}
