using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Model;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// Makes Agreement entities with stable ids (year, kind family, parties' ISO codes) and their
/// PARTY_TO, SIGNED, PRODUCED and REAFFIRMS relationships.
/// </summary>
internal sealed class AgreementGraphBuilder(KnowledgeBase knowledge, EntityRegistry registry, RelationshipSet relationships, IReadOnlyList<PersonName> people,
    Func<Sentence, IEnumerable<Mention>>? mentionsIn = null, IReadOnlySet<string>? thirdParties = null, IReadOnlySet<string>? thirdPartyCountries = null)
{
    private string? storyState;
    private Func<Agreement, IReadOnlyList<string>?>? pairOfLeaders;
    private IReadOnlyList<string> pairPastTheHosts = [];
    private bool storyOfTwo = true;
    private int statesNamed;
    private IReadOnlyList<Sentence>? storySentences;

    /// <summary>The confidence of sides the text names outright: "between A and B", "A and B agreed to".</summary>
    private const double NamedSidesConfidence = 0.85;

    /// <summary>What the builder's rules removed, for the trace (a removal leaves no relationship to show).</summary>
    public List<string> Notes { get; } = [];

    public void Build(IReadOnlyList<Agreement> agreements, DocumentStoryFacts facts)
    {
        var (principalCountries, storyYear, datesIn, storyState, pairOfLeaders, nonSigners, yearToldBefore, sentences) = facts;
        pairPastTheHosts = facts.PairPastTheHosts;
        this.pairOfLeaders = pairOfLeaders;
        storySentences = sentences;
        var states = agreements.ToDictionary(a => a, a => StateAndArmedGroup.StateOf(a, mentionsIn ?? (_ => [])));
        this.storyState = storyState;
        storyOfTwo = StoryOfTwoCountries.Holds(registry.All);
        statesNamed = RecalledDocumentOfAWideStory.StatesNamed(registry.All);
        var sides = agreements.ToDictionary(a => a, a => OnlyTheState(a, WithMembersOfTheTitle(a, WithMembersOfTheSubject(a, OnlyMembersAndSigners(a, Parties(a, principalCountries), storyYear), storyYear), storyYear), states));
        ShareTheGatheringsSides(sides);
        if (sentences is not null) WithTheCountedStates(agreements, sides, sentences);
        WithTheStorysPair(agreements, sides);
        if (nonSigners is { Count: > 0 })
            foreach (var agreement in agreements) WithoutTheHoldouts(agreement, sides[agreement], nonSigners, agreements);
        foreach (var agreement in agreements) WithTheStatesAmongItsSigners(agreement, sides[agreement]);
        foreach (var agreement in agreements)
        {
            var parties = sides[agreement];
            var isos = parties.Keys.Select(id => id["country:".Length..]).Order(StringComparer.Ordinal).ToList();
            // "sealed their peace deal in Pretoria": concluded in the events reported, so in the story's year, which keeps
            // its id the one other articles give it.
            // "Days later the presidents of the time signed a treaty": a making told as going on from an earlier time is of that
            // time's year (see TimeToldBefore).
            var year = agreement.Year ??
                       (agreement.Mentions.FirstOrDefault(m => m.Concluded || m.SpokenIn) is { } back && yearToldBefore?.Invoke(back) is { } before && before != storyYear ? before : (int?)null) ??
                       MakersYear(agreement) ??
                       (agreement.Mentions.Any(m => (m.Concluded || m.SpokenIn) && !m.Recalled && !m.Upheld && !SetInAnotherYear(m.Sentence, storyYear, m))
                        // The sentence that first tells it concluded says when: "then Commission President X signed a roadmap".
                        && !(agreement.Mentions.FirstOrDefault(m => m.Concluded || m.SpokenIn) is { } told && TimeOfTelling.SetInThePast(told.Sentence, datesIn?.Invoke(told.Sentence) ?? [], storyYear, told))
                           // "A century and a half ago this spring, the envoys ... the treaty": a piece counting back dates it by that year (see AnniversaryYear).
                           ? AnniversaryYear.Of(agreement, sentences, storyYear) ?? storyYear : null);
            var label = OwnNounLabel(agreement) ?? AgreementKinds.Label(agreement.Kind, agreement.Joint);
            var partyNames = string.Join("–", isos.Select(i => knowledge.Country(i)?.Name ?? i.ToUpperInvariant()));
            // A bare title ("Joint Declaration") says little on a graph of many: the year goes in front.
            var titled = agreement.Title is { } title && year is { } y && !title.Contains(y.ToString(), StringComparison.Ordinal) ? $"{y} {title}" : agreement.Title;
            var name = titled ?? string.Join(" ", new[] { year?.ToString(), partyNames, label, agreement.Topic }.Where(s => !string.IsNullOrEmpty(s)));

            var id = $"agreement:{year?.ToString() ?? "undated"}-{AgreementKinds.Family(agreement.Kind)}" + (isos.Count > 0 ? "-" + string.Join("-", isos) : "");
            // One document is named differently from article to article ("the Khartoum declaration", "the Declaration of
            // Principles"), but its year, kind and sides stay: those make the id whenever two sides are known, so every
            // article's report merges into one node on ingest. A title keys it only when the sides are not known.
            if (agreement.Title is not null && (isos.Count < 2 || year is null)) id = $"agreement:{year?.ToString() ?? "undated"}-{NameKey.Slug(agreement.Title)}";
            for (var n = 2; registry.Contains(id); n++) id = $"{id.TrimEnd("-0123456789".ToCharArray())}-{n}";

            var entity = new ExtractedEntity
            {
                Id = id, Type = "Agreement", Name = name, Kind = agreement.Kind, Year = year, Mentions = agreement.Mentions.Count,
            };
            EntityRegistry.AddAlias(entity, name);
            foreach (var m in agreement.Mentions)
            {
                var phrase = m.Phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || m.Phrase.StartsWith("a ", StringComparison.OrdinalIgnoreCase) ? m.Phrase[(m.Phrase.IndexOf(' ') + 1)..] : m.Phrase;
                EntityRegistry.AddAlias(entity, phrase);
                // "a memorandum on visa exemption", "one on rail freight": the subject the text gives an untitled reference is part
                // of what it calls the document, so the alias keeps it (the pattern: an untitled document is known by its noun and subject).
                if (m.Title is null && m.Topic is { } topic && !phrase.EndsWith(topic, StringComparison.OrdinalIgnoreCase)) EntityRegistry.AddAlias(entity, $"{phrase} {topic}");
            }
            registry.Add(entity);
            agreement.Id = id;

            foreach (var (country, (sentence, confidence, rule)) in parties)
                relationships.Add("PARTY_TO", country, id, sentence.Text, confidence, rule: rule);
            foreach (var (person, sentence) in agreement.Signatories.Where(s => registry.Contains(s.Key)))
                relationships.Add("SIGNED", person, id, sentence.Text, 0.85, rule: "signing verb governing the document");
            // "The ministers also signed a protocol" after A, B and C signed the accord: the group is those signers (see GroupSignedAgain).
            var signedAgain = agreement.Signatories.Count < 2 ? GroupSignedAgain.EarlierSigners(agreement, agreements) : null;
            foreach (var (person, sentence) in signedAgain?.Signers.Where(s => registry.Contains(s)).Select(s => (s, signedAgain.Value.Sentence)) ?? [])
                relationships.Add("SIGNED", person, id, sentence.Text, 0.7, rule: "the group that signed the document told before signed this one too (GroupSignedAgain)");
            if (agreement.ProducedBy?.Id is { } meetingId && agreement.ProducedEvidence is { } evidence)
            {
                relationships.Add("PRODUCED", meetingId, id, evidence.Text, agreement.ProducedByReference ? 0.7 : 0.75,
                    rule: agreement.ProducedByReference ? "concluded in a sentence pointing back to the gathering (during the visit)" : "concluded in a sentence reporting the meeting");
                if (agreement.AlsoProducedBy?.Id is { } ceremonyId && ceremonyId != meetingId)
                    relationships.Add("PRODUCED", ceremonyId, id, evidence.Text, 0.65, rule: SignedAtTheSummitsCeremony.Rule);
                // "X and the leaders of A and B signed": of a crowded meeting, only the signing sides' people signed.
                bool OfSigningSide(string personId) => agreement.Parties.Count == 0 ||
                    people.FirstOrDefault(p => p.Id == personId)?.Iso2 is { } iso && parties.ContainsKey(EntityRegistry.CountryId(iso));
                // "Macron and Draghi signed a treaty ... the two leaders signed it in the Quirinal": once the text names two
                // signers, a group reference means them, not everyone at the meeting (the pattern: a named list outranks a group).
                var group = agreement.ProducedBy.Participants.Keys.Where(k => !agreement.ProducedBy.Absent.Contains(k) && registry.Contains(k) && OfSigningSide(k)).ToList();
                // "The two sides signed" at a summit of ten: a counted group names that many people, not the whole meeting (see CountedGroupSigners).
                var counted = agreement.Mentions.Where(m => m.SignedByGroup).Select(m => CountedGroupSigners.Count(m.Sentence)).FirstOrDefault(n => n is not null) ?? agreement.GroupCount;
                // "The two presidents signed" at a meeting of the presidents and their ministers: the group is those holding its office (see CountedGroupByOffice).
                var groupSentence = agreement.Mentions.FirstOrDefault(m => m.SignedByGroup)?.Sentence ?? evidence;
                var byOffice = signedAgain is null ? CountedGroupByOffice.Holders(groupSentence, group, people, knowledge) : null;
                if (signedAgain is not null) { }
                else if (agreement.SignedByGroup && agreement.Signatories.Keys.Count(k => !agreement.SignedApart.Contains(k)) < 2 && byOffice is not null)
                    foreach (var person in byOffice)
                        relationships.Add("SIGNED", person, id, groupSentence.Text, 0.7, rule: "the meeting's people holding the office a counted group names signed it (CountedGroupByOffice)");
                else if (agreement.SignedByGroup && agreement.Signatories.Keys.Count(k => !agreement.SignedApart.Contains(k)) < 2 && (counted is null || counted >= group.Count))
                    foreach (var person in group)
                        relationships.Add("SIGNED", person, id, evidence.Text, 0.7, rule: "the meeting's group signed it");
                // "The three presidents met ... and issued a joint statement": the few people of the meeting issued it (see IssuersOfAJointText).
                // "The two heads of state put out a joint statement" at a meeting of six whose office-holders are not two: the group names nobody surely.
                else if (!agreement.SignedByGroup && IssuersOfAJointText.IssuedByTheMeeting(agreement, group.Count, evidence, mentionsIn ?? (_ => []))
                         && (byOffice is not null || !CountedGroupByOffice.CountsFewer(evidence, group.Count)))
                    foreach (var person in byOffice ?? group)
                        relationships.Add("SIGNED", person, id, evidence.Text, 0.6, rule: byOffice is null ? "issued by the few people of the meeting that produced the joint text (IssuersOfAJointText)"
                            : "issued by the meeting's people holding the office a counted group names (IssuersOfAJointText, CountedGroupByOffice)");
                else if (agreement.SignedByGroup && counted < group.Count)
                    Notes.Add($"'{agreement.Title ?? agreement.Mentions[0].Phrase}': a group of {counted} is fewer than the meeting's {group.Count} people, so they are not its signers (CountedGroupSigners)");
            }
        }
        foreach (var agreement in agreements.Where(a => a.Id is not null))
            foreach (var (earlier, sentence) in agreement.Reaffirms.Where(r => r.Key.Id is not null))
                relationships.Add("REAFFIRMS", agreement.Id!, earlier.Id!, sentence.Text, 0.6, rule: "upholding verb before an earlier document");
    }

    /// <summary>
    /// "A, B and C were also among the signing powers" (see <see cref="AmongTheSignatories"/>): states the text tells as among the
    /// document's signers are its sides, beside those the story told before.
    /// </summary>
    private void WithTheStatesAmongItsSigners(Agreement agreement, Dictionary<string, (Sentence, double, string)> parties)
    {
        foreach (var (country, sentence) in agreement.AmongItsSigners)
            if (registry.Contains(country)) parties.TryAdd(country, (sentence, 0.8, "state told as among the document's signatories (AmongTheSignatories)"));
    }

    /// <summary>
    /// "A and B walked away", "C stayed out" (see <see cref="StatesThatDidNotSign"/>): of a document the story concluded, a state told
    /// as not signing is no side, unless someone of it signed it, a signing names it, or the text names it a side outright. A
    /// sentence naming a document speaks of that one only.
    /// </summary>
    private void WithoutTheHoldouts(Agreement agreement, Dictionary<string, (Sentence, double, string)> parties,
        IReadOnlyList<(string Country, Sentence Sentence)> nonSigners, IReadOnlyList<Agreement> agreements)
    {
        if (agreement.ProducedBy is null && !agreement.Mentions.Any(m => m.Concluded && !m.Recalled)) return;
        var signers = agreement.Signatories.Keys.Select(id => people.FirstOrDefault(p => p.Id == id)?.Iso2).OfType<string>().Select(EntityRegistry.CountryId).ToHashSet();
        foreach (var (country, sentence) in nonSigners)
        {
            if (!parties.ContainsKey(country) || signers.Contains(country) || agreement.SignedByCountries.ContainsKey(country) || agreement.NamedParties.ContainsKey(country)
                || SignedByOffice(agreement).Any(o => o.Country == country)) continue;
            var named = agreements.Where(a => a.Mentions.Any(m => m.Sentence.Index == sentence.Index)).ToList();
            if (named.Count > 0 && !named.Contains(agreement)) continue;
            parties.Remove(country);
            Notes.Add($"'{agreement.Title ?? agreement.Mentions[0].Phrase}': {country} is told as not signing, so it is no side (StatesThatDidNotSign)");
        }
    }

    /// <summary>
    /// Of a document a grouping concluded, the parties that are members of the grouping or the countries of its signers
    /// (see <see cref="GroupingParties"/>); kept whole when fewer than two would remain.
    /// </summary>
    private Dictionary<string, (Sentence, double, string)> OnlyMembersAndSigners(Agreement agreement, Dictionary<string, (Sentence, double, string)> parties, int? storyYear)
    {
        if (GroupingParties.MembersOf(agreement, knowledge, mentionsIn ?? (_ => []), storyYear) is not { } members) return parties;
        var signers = agreement.Signatories.Keys.Select(id => people.FirstOrDefault(p => p.Id == id)?.Iso2).OfType<string>().Select(EntityRegistry.CountryId).ToHashSet();
        // "Egypt, which is not a member, signed the declaration through its foreign minister": a state that signs is bound.
        signers.UnionWith(agreement.PartiesBefore.Where(p => p.Value.Tokens.Select((_, i) => i).Any(i => SigningVerb.IsAt(p.Value.Tokens, i))).Select(p => p.Key));
        var kept = parties.Where(p => members.Contains(p.Key) || signers.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
        if (kept.Count < 2 || kept.Count == parties.Count) return parties;
        Notes.Add($"'{agreement.Title ?? agreement.Mentions[0].Phrase}' is a grouping's document (members and signers only): dropped {string.Join(", ", parties.Keys.Except(kept.Keys))}");
        return kept;
    }

    /// <summary>
    /// "The six members of the GCC signed a declaration": the member states the article names are sides of a document a
    /// grouping's members made as a whole (see <see cref="GroupingAsSubject"/>), beside any the text names itself.
    /// </summary>
    private Dictionary<string, (Sentence, double, string)> WithMembersOfTheSubject(Agreement agreement, Dictionary<string, (Sentence, double, string)> parties, int? storyYear)
    {
        if (GroupingAsSubject.Members(agreement, knowledge, mentionsIn ?? (_ => []), storyYear) is not { } members) return parties;
        var evidence = (agreement.Mentions.FirstOrDefault(m => m.Concluded) ?? agreement.Mentions[0]).Sentence;
        var added = members.Where(m => registry.Contains(m) && !parties.ContainsKey(m)).Order(StringComparer.Ordinal).ToList();
        foreach (var member in added) parties[member] = (evidence, 0.75, "member state of the grouping whose members made the document");
        if (added.Count > 0) Notes.Add($"'{agreement.Title ?? agreement.Mentions[0].Phrase}' was made by a grouping's members as a whole: added {string.Join(", ", added)}");
        return parties;
    }

    /// <summary>
    /// "the Joint Declaration of the Coral Alliance and Mercosur": the member states the article names are sides of a document
    /// whose title names groupings as its makers (see <see cref="GroupingInTheTitle"/>), beside any the text names itself.
    /// </summary>
    private Dictionary<string, (Sentence, double, string)> WithMembersOfTheTitle(Agreement agreement, Dictionary<string, (Sentence, double, string)> parties, int? storyYear)
    {
        if (GroupingInTheTitle.Members(agreement, knowledge, mentionsIn ?? (_ => []), storyYear) is not { } members) return parties;
        var evidence = agreement.Mentions.First(m => m.Title is not null).Sentence;
        var added = members.Where(m => registry.Contains(m) && !parties.ContainsKey(m)).Order(StringComparer.Ordinal).ToList();
        foreach (var member in added) parties[member] = (evidence, 0.75, "member state of a grouping the document's title names as its maker");
        if (added.Count > 0) Notes.Add($"'{agreement.Title ?? agreement.Mentions[0].Phrase}' is titled as a grouping's text: added {string.Join(", ", added)}");
        return parties;
    }

    /// <summary>
    /// "The presidents of A, B, C and D met ... and a communique on their fight against armed groups was read out": the unsigned
    /// communique of a meeting of three or more states where only office-holders of states sat, and whose own sentences name no armed or
    /// opposition group as a side, is the states' text, not a settlement of the story's civil war (the pattern: a regional
    /// security summit is about armed groups, but they are not at its table). Only the story-level guess gives way to it.
    /// </summary>
    private bool TextOfAStatesOnlySummit(Agreement agreement, Dictionary<string, (Sentence, double, string)> parties)
    {
        // Only a communique or joint statement no one is told to sign: a signed text may have the group's leader as a signer.
        if (agreement.Kind != "joint_statement" || agreement.Signatories.Count > 0 || parties.Count < 3 || agreement.ProducedBy is not { } meeting) return false;
        var present = meeting.Participants.Keys.Where(k => !meeting.Absent.Contains(k)).ToList();
        return present.Count >= 3 && present.All(id => people.FirstOrDefault(p => p.Id == id)?.Iso2 is not null)
               && !StateAndArmedGroup.NamesANonStateSideOf(agreement);
    }

    /// <summary>
    /// Of a document between a government and an armed group, the state alone (see <see cref="StateAndArmedGroup"/>). A document
    /// of the same story whose sides rest only on weak guesses (the meeting's participants, the article's principal countries)
    /// and include such a state is read the same way: "the 2014 ceasefire" of a civil-war story is the state's and the rebels'.
    /// </summary>
    private Dictionary<string, (Sentence, double, string)> OnlyTheState(Agreement agreement, Dictionary<string, (Sentence, double, string)> parties,
        IReadOnlyDictionary<Agreement, string?> states)
    {
        var state = states[agreement];
        if (state is null && parties.Values.All(p => p.Item2 <= 0.75) && !TextOfAStatesOnlySummit(agreement, parties))
            state = states.Values.Append(storyState).OfType<string>().Distinct().Where(parties.ContainsKey).Take(2).ToList() is [var only] ? only : null;
        if (state is null || !registry.Contains(state) || parties.Count == 1 && parties.ContainsKey(state)) return parties;
        var evidence = parties.TryGetValue(state, out var found) ? found : (agreement.Mentions[0].Sentence, 0.8, "");
        Notes.Add($"'{agreement.Title ?? agreement.Mentions[0].Phrase}' is between a government and a non-state side: only {state} is a party, dropped {string.Join(", ", parties.Keys.Where(k => k != state))}");
        var kept = new Dictionary<string, (Sentence, double, string)> { [state] = (evidence.Item1, evidence.Item2, "the state of a document between its government and an armed or opposition group") };
        // "Signed for the government by X and for the rebels by Y, and countersigned by the Saudi crown prince": a foreign
        // state whose own office-holder put a signature to it has bound itself, whatever the sides.
        var signers = agreement.Signatories.Keys.Select(id => people.FirstOrDefault(p => p.Id == id)?.Iso2).OfType<string>().Select(EntityRegistry.CountryId).ToHashSet();
        foreach (var (country, value) in parties.Where(p => signers.Contains(p.Key))) kept.TryAdd(country, value);
        return kept;
    }

    /// <summary>
    /// "At the summit of twelve leaders, ministers signed a fisheries accord that gives Norland and Estra joint patrols": of a
    /// meeting of more states than its document's sentences name, when those sentences name two or more states and all of
    /// them were at the meeting, the named states are its sides, not every participant's country (the pattern: a pact made
    /// on a summit's margins is told with its own sides; a text of the whole summit is told with none or with all). Null when
    /// the rule does not apply.
    /// </summary>
    private HashSet<string>? SidesNamedAtALargeMeeting(Agreement agreement, Meetings.Meeting meeting)
    {
        // A declaration, joint statement or communiqué of a gathering is its whole text: the states its sentences name are often
        // what it is about ("committed to extend the line through Zambia"), so all its participants stay.
        if (AgreementKinds.Family(agreement.Kind) == "declaration") return null;
        var named = agreement.Parties.Keys.Where(c => registry.Contains(c) && thirdPartyCountries?.Contains(c) != true).ToHashSet();
        if (named.Count < 2) return null;
        var present = meeting.Participants.Keys.Where(k => !meeting.Absent.Contains(k)).Select(k => people.FirstOrDefault(p => p.Id == k)?.Iso2)
            .OfType<string>().Select(EntityRegistry.CountryId).Where(registry.Contains).ToHashSet();
        // A state named that was not at the meeting shows the sentences name states as places, subjects or onlookers ("extend
        // the line through Zambia", "France would need support to block it"), not as the sides; then nothing is narrowed.
        if (present.Count < 3 || !named.IsSubsetOf(present) || present.Count <= named.Count) return null;
        Notes.Add($"'{agreement.Title ?? agreement.Mentions[0].Phrase}': its sentences name {string.Join(", ", named.Order())} of a meeting of {present.Count} states, so only those are its sides (SidesNamedAtALargeMeeting)");
        return named;
    }

    /// <summary>
    /// Who is bound: for what a meeting produced, the participants' countries; otherwise the
    /// countries named with it and the signatories' countries; failing those, the article's two principal countries.
    /// </summary>
    private Dictionary<string, (Sentence, double, string)> Parties(Agreement agreement, IReadOnlyList<string> principal)
    {
        var parties = new Dictionary<string, (Sentence, double, string)>();
        void Add(string? iso, Sentence sentence, double confidence, string rule)
        {
            if (iso is null) return;
            var id = EntityRegistry.CountryId(iso);
            if (registry.Contains(id)) parties.TryAdd(id, (sentence, confidence, rule));
        }
        // "France backed Morocco's 2007 autonomy plan": a plan or initiative a country's possessive owns is that country's
        // own proposal, with no other side, whoever else the sentence or the story names (the pattern: a unilateral document
        // has one author).
        if (agreement.Kind is "plan" or "initiative" && agreement.Owner is { } owner && registry.Contains(owner) && agreement.NamedParties.Count < 2)
        {
            var evidence = agreement.Mentions.First(m => m.Owner == owner).Sentence;
            parties[owner] = (evidence, 0.8, "the country whose possessive owns a plan or initiative (its only author)");
            return parties;
        }
        // What the text names as the sides outranks who happened to be at the meeting ("an accord between A and B, witnessed by ...").
        if (agreement.NamedParties.Count >= 2)
        {
            // A side named only by a combining form ("Franco-") may be a state the story names nowhere else: no node, no edge.
            foreach (var (country, sentence) in agreement.NamedParties.Where(p => registry.Contains(p.Key))) parties.TryAdd(country, (sentence, NamedSidesConfidence, "sides named with the document (between A and B)"));
            return parties;
        }
        // "Thailand and Cambodia agreed to a ceasefire at Malaysia-hosted talks": the listed subject of the making verb
        // outranks the meeting's host and observers and the other countries of the sentence (see SidesThatAgreed).
        if (AgreeingSubject(agreement) is { Count: >= 2 } subject)
        {
            foreach (var (country, sentence) in subject) parties.TryAdd(country, (sentence, NamedSidesConfidence, "countries listed as the subject or agent of the verb that made the document"));
            foreach (var (personId, sentence) in agreement.Signatories.Where(x => !agreement.SignedApart.Contains(x.Key)))
                Add(people.FirstOrDefault(p => p.Id == personId)?.Iso2, sentence, 0.8, "signer's country");
            return parties;
        }
        // "The Union and Tarvia issued a joint statement": a body and one state made it, so that state is its only state side (see JointTextOfABodyAndAState).
        if (mentionsIn is not null && JointTextOfABodyAndAState.State(agreement, mentionsIn) is { } pairedState && registry.Contains(pairedState))
        {
            parties[pairedState] = (agreement.Mentions[0].Sentence, NamedSidesConfidence, "the state that issued a joint text with an organisation (JointTextOfABodyAndAState)");
            return parties;
        }
        if (agreement.ProducedBy is { } meeting)
        {
            // The signers and the countries named with the signing outrank whoever else was at the meeting.
            var ownSides = new Dictionary<string, (Sentence, double, string)>();
            // "Kagame signed first": signers told apart from the document may be a few of many, so they do not stand for all its sides.
            foreach (var (personId, sentence) in agreement.Signatories.Where(x => !agreement.SignedApart.Contains(x.Key) || agreement.SignedForASide.Contains(x.Key)))
                if (people.FirstOrDefault(p => p.Id == personId)?.Iso2 is { } iso && registry.Contains(EntityRegistry.CountryId(iso)))
                    ownSides.TryAdd(EntityRegistry.CountryId(iso), (sentence, 0.8, agreement.SignedForASide.Contains(personId) ? "country a signer signed for (SignersForTheirSides)" : "signer's country"));
            // "the signing of a memorandum by X" (SignedByACountry): the agent of the signing is its side, not the meeting's people.
            if (agreement.SignedByCountries.Count > 0 && agreement.NamedParties.Count == 0)
            {
                foreach (var (country, sentence) in agreement.SignedByCountries)
                    if (registry.Contains(country)) ownSides.TryAdd(country, (sentence, 0.8, "country named as the agent of the signing (the signing of X by A)"));
                if (ownSides.Count > 0) return ownSides;
            }
            // "X signed for Kenya, while Y signed for Tanzania": the sides the signers named are all the sides, not the host's country.
            if (SignersForTheirSides.Enough(agreement) && ownSides.Count >= 2) return ownSides;
            // "backing the ceasefire between Israel and Hamas": countries after the document say what it is about.
            // "Ostrel is not a party to the accord": not a side by standing before the document (see CountriesToldAsThirdParties).
            foreach (var (country, sentence) in agreement.PartiesBefore.Where(p => thirdPartyCountries?.Contains(p.Key) != true))
                ownSides.TryAdd(country, (sentence, 0.8, "country named before the document"));
            foreach (var (country, sentence) in SignedByOffice(agreement)) ownSides.TryAdd(country, (sentence, 0.8, "country whose office-holder signed (the leaders of A and B signed)"));
            // "The Emirati and Israeli delegations then signed a bilateral treaty": sides named as the subject of the signing
            // outrank the meeting's other participants, as named signers do.
            if ((agreement.Signatories.Count > agreement.SignedApart.Count || SidesSigned(agreement)) && ownSides.Count >= 2) return ownSides;
            // "The president and the rebel leader signed it at talks hosted by C": one state and a non-state side are all
            // the sides; the meeting's hosts and guests are not (see SignersWithANonStateSide).
            if (ownSides.Count == 1 && SignersWithANonStateSide.Holds(agreement, people, registry.Contains))
            {
                Notes.Add($"'{agreement.Title ?? agreement.Mentions[0].Phrase}': its signers are one state's and a non-state side's, so the meeting's other countries are no sides (SignersWithANonStateSide)");
                return ownSides;
            }
            // A mediator or witness at the meeting binds no state of its own (see ThirdPartyPeople), unless they signed.
            // "At talks in X, the rebels agreed to a ceasefire": a document a non-state side made binds no state of the
            // meeting's other participants (hosts, mediators, guests), only the story's own state (see StateAndArmedGroup).
            var nonStateMade = MadeByANonStateSide(agreement);
            var namedAtSummit = SidesNamedAtALargeMeeting(agreement, meeting);
            // "X signed on behalf of the Troika": a signer for the backers binds no state of their own (see SignersForTheirSides).
            foreach (var personId in meeting.Participants.Keys.Where(k => !meeting.Absent.Contains(k) && !agreement.SignedForBackers.Contains(k) && (thirdParties?.Contains(k) != true || agreement.Signatories.ContainsKey(k))))
                if (people.FirstOrDefault(p => p.Id == personId)?.Iso2 is { } iso && (!nonStateMade || agreement.Signatories.ContainsKey(personId) || EntityRegistry.CountryId(iso) == storyState)
                    && (namedAtSummit is null || namedAtSummit.Contains(EntityRegistry.CountryId(iso)) || agreement.Signatories.ContainsKey(personId))
                    // A participant told only as host binds their state only when they sign or the document names it (see HostNoSideUnlessNamed).
                    && !HostNoSideUnlessNamed.Excludes(agreement, meeting, personId, EntityRegistry.CountryId(iso))
                    // A country the story tells as broker or non-party (see CountriesToldAsThirdParties) is no side by its people's presence.
                    && (thirdPartyCountries?.Contains(EntityRegistry.CountryId(iso)) != true || agreement.Signatories.ContainsKey(personId)))
                    Add(iso, agreement.ProducedEvidence!, 0.75, "country of a participant of the producing meeting");
            // "The presidents of A, B and C met ...", "X, Y and envoys of A and B attended": states at the meeting through
            // office-holders it does not name (see UnnamedOfficeHolders). The document's own sentences name their countries to
            // it already; a plan or initiative is its drafters', not every state's at the table; sides the document's sentences
            // name at a large meeting (see SidesNamedAtALargeMeeting) narrow these states as they narrow the named participants'.
            if (!nonStateMade && mentionsIn is not null && agreement.Kind is not ("plan" or "initiative"))
                foreach (var (country, sentence) in UnnamedOfficeHolders.SidesOf(meeting, mentionsIn))
                    if (!agreement.Mentions.Any(m => m.Sentence.Index == sentence.Index) && namedAtSummit?.Contains(country) != false
                        && thirdPartyCountries?.Contains(country) != true && registry.Contains(country)) parties.TryAdd(country, (sentence, 0.7, UnnamedOfficeHolders.Rule));
            // A signatory's country is bound by what its leader signed, whoever else was at the meeting.
            foreach (var (personId, sentence) in agreement.Signatories.Where(x => !agreement.SignedForBackers.Contains(x.Key)))
                Add(people.FirstOrDefault(p => p.Id == personId)?.Iso2, sentence, 0.8, "signer's country");
            foreach (var (country, sentence) in SignedByOffice(agreement))
                if (registry.Contains(country)) parties.TryAdd(country, (sentence, 0.8, "country whose office-holder signed (the leaders of A and B signed)"));
            if (parties.Count >= 2) return parties;
        }
        foreach (var (country, sentence) in agreement.Parties.Where(p => thirdPartyCountries?.Contains(p.Key) != true))
            parties.TryAdd(country, (sentence, 0.8, "country named in the document's sentence"));
        foreach (var (personId, sentence) in agreement.Signatories.Where(x => !agreement.SignedForBackers.Contains(x.Key)))
            Add(people.FirstOrDefault(p => p.Id == personId)?.Iso2, sentence, 0.8, "signer's country");
        // "A and B, the other members, signed too": states told as signing are sides (see CountriesThatSigned, SignedByACountry).
        foreach (var (country, sentence) in agreement.SignedByCountries)
            if (registry.Contains(country)) parties.TryAdd(country, (sentence, 0.8, "country told as signing the document"));
        foreach (var (country, sentence) in SignedByOffice(agreement))
            if (registry.Contains(country)) parties.TryAdd(country, (sentence, 0.8, "country whose office-holder signed (the leaders of A and B signed)"));
        // Countries named beside a mere reference back count only when the firmer sentences name fewer than two sides.
        // "Ostrel is not a party to the accord": a state the story tells as no party, broker or mediator (see
        // CountriesToldAsThirdParties) is no side by a passing or a venue's naming either, as by standing before it above.
        if (parties.Count < 2)
            foreach (var (country, sentence) in agreement.PartiesInPassing.Where(p => thirdPartyCountries?.Contains(p.Key) != true))
                parties.TryAdd(country, (sentence, 0.6, "country named where the document is referred back to"));
        // "The 1984 treaty, signed at the Vatican, still frames how the two countries ...": where a document was made names no
        // side of it (a host, a mediator's seat, a neutral venue); only when nothing at all names a side is it the best guess left
        // (a grouping's document signed in one of its members).
        // "the Harbour Declaration, adopted by the bloc's leaders in Belvaria": a gathering's text is not its venue's (see AdoptedByAGathering).
        if (parties.Count == 0 && !agreement.UsesBothSides && !AdoptedByAGathering.Told(agreement))
            foreach (var (country, sentence) in agreement.PlacesOfMaking.Where(p => thirdPartyCountries?.Contains(p.Key) != true))
                parties.TryAdd(country, (sentence, 0.6, "country named only as the place the document was made"));
        // Unnamed sides are the principal countries' only in a story of two countries (see StoryOfTwoCountries); "the two
        // countries" names them outright.
        if (parties.Count == 0 && !OpenInstrument.Is(agreement) && !storyOfTwo && !agreement.UsesBothSides)
            Notes.Add($"'{agreement.Title ?? agreement.Mentions[0].Phrase}' names no sides, and the story is of more than two countries: no principal countries guessed");
        // "the accord Chile and Peru reached, renewing the 1985 fisheries pact of the two countries": "the two
        // countries" points back to the pair the same sentence has just named, not to the story's principal pair.
        if (agreement.UsesBothSides && parties.Count < 2 && PairNamedBefore(agreement) is { } named)
            foreach (var (country, sentence) in named)
                parties.TryAdd(country, (sentence, 0.6, "the pair of countries the sentence named before 'the two countries'"));
        // "Both presidents noted the treaty": the pair's own states, when the story told the meeting of the two (see PairOfLeaders).
        if (agreement.UsesBothSides && parties.Count < 2 && pairOfLeaders?.Invoke(agreement) is { } pair && pair.All(registry.Contains))
            foreach (var country in pair)
                parties.TryAdd(country, (agreement.Mentions[0].Sentence, 0.5, "the states of the pair of leaders the sentence names (both presidents)"));
        // A document the story only recalls, in a story naming more than a few states, is no more the principal pair's than
        // anyone's (see RecalledDocumentOfAWideStory).
        var recalledInAWideStory = parties.Count == 0 && !agreement.UsesBothSides && RecalledDocumentOfAWideStory.Holds(agreement, statesNamed);
        if (recalledInAWideStory && storyOfTwo)
            Notes.Add($"'{agreement.Title ?? agreement.Mentions[0].Phrase}' names no sides and is only recalled, in a story of {statesNamed} states: no principal countries guessed (RecalledDocumentOfAWideStory)");
        // "the SAARC Road Freight Agreement", "the bloc's 1993 treaty": a grouping's own instrument is its members', not the
        // story's two principals' (see GroupingsOwnDocument).
        // "the Act of Tolosa, adopted by the regional organisation in 1961": a gathering's text of many states, not the
        // principal pair's (see AdoptedByAGathering).
        var adoptedByAGathering = parties.Count == 0 && !agreement.UsesBothSides && AdoptedByAGathering.Told(agreement);
        if (adoptedByAGathering && storyOfTwo)
            Notes.Add($"'{agreement.Title ?? agreement.Mentions[0].Phrase}' names no sides and is told as adopted by a body or at a gathering: no principal countries guessed (AdoptedByAGathering)");
        // "wants to obtain a treaty that could also settle the whaling grounds": a goal only talked about is no principal pair's (see GoalOfNoSides).
        if ((parties.Count == 0 && !OpenInstrument.Is(agreement) && storyOfTwo && !recalledInAWideStory && !adoptedByAGathering && !(mentionsIn is not null && GroupingsOwnDocument.Is(agreement, mentionsIn))
             && !GoalOfNoSides.Holds(agreement))
            || agreement.UsesBothSides && parties.Count < 2)
        {
            // A document only recalled binds a principal country only if the text names it near the document (see PrincipalNamedNearARecalledDocument).
            var nearOnly = !agreement.UsesBothSides && storySentences is not null && mentionsIn is not null && PrincipalNamedNearARecalledDocument.Recalled(agreement);
            // "the two countries" names two sides: a host left out of the principal pair leaves its place to the next most
            // named country (see TheTwoCountriesPastTheHosts).
            foreach (var country in TheTwoCountriesPastTheHosts.Guess(agreement, principal, pairPastTheHosts))
                if (!nearOnly || PrincipalNamedNearARecalledDocument.NamedNear(agreement, country, storySentences!, mentionsIn!, id => people.FirstOrDefault(p => p.Id == id)?.Iso2))
                    parties.TryAdd(country, (agreement.Mentions[0].Sentence, 0.5, "the article's two principal countries"));
                else
                    Notes.Add($"'{agreement.Title ?? agreement.Mentions[0].Phrase}' is only recalled and {country} is named nowhere near it: not a guessed side (PrincipalNamedNearARecalledDocument)");
        }
        return parties;
    }

    /// <summary>
    /// The two countries, exactly, that a sentence saying "the two countries" or "both sides" of the document names before
    /// the document (the pattern: a plural definite reference resolves to the nearest pair of its kind, not to the story's).
    /// </summary>
    private List<(string Country, Sentence Sentence)>? PairNamedBefore(Agreement agreement)
    {
        if (mentionsIn is null) return null;
        foreach (var m in agreement.Mentions.Where(x => x.BothSides))
        {
            var before = mentionsIn(m.Sentence).Where(x => x.Kind == MentionKind.Country && x.EntityId is not null && x.TokenEnd <= m.TokenStart)
                .Select(x => x.EntityId!).Distinct().ToList();
            if (before.Count == 2 && before.All(registry.Contains)) return before.Select(c => (c, m.Sentence)).ToList();
        }
        return null;
    }

    /// <summary>
    /// "The summit adopted the Cairo Declaration ... and a plan drafted by Egypt and Jordan": documents one gathering
    /// produced share its sides. A document whose sides the text gave only as a few of another's (no "between A and B", no
    /// signer) takes the fuller list of a document of the same gathering (the pattern: what a gathering adopts, all its members
    /// adopt, whoever drafted it).
    /// </summary>
    private static void ShareTheGatheringsSides(Dictionary<Agreement, Dictionary<string, (Sentence, double, string)>> sides)
    {
        foreach (var (agreement, parties) in sides)
        {
            // Sides the text names outright ("between A and B", "A and B agreed to") are not widened: they hold the firmest confidence.
            if (agreement.ProducedBy is not { } meeting || agreement.NamedParties.Count >= 2 || agreement.Signatories.Count > 0 || parties.Values.Any(p => p.Item2 >= NamedSidesConfidence)) continue;
            var fuller = sides.Where(o => o.Key != agreement && o.Key.ProducedBy == meeting && o.Value.Count > parties.Count && parties.Keys.All(o.Value.ContainsKey))
                .OrderByDescending(o => o.Value.Count).Select(o => o.Value).FirstOrDefault();
            if (fuller is null) continue;
            var evidence = agreement.ProducedEvidence ?? agreement.Mentions[0].Sentence;
            // A state only present through unnamed office-holders (see UnnamedOfficeHolders) is a side of what the whole
            // gathering issued, not of every text the gathering is told with.
            foreach (var country in fuller.Where(f => f.Value.Item3 != UnnamedOfficeHolders.Rule).Select(f => f.Key))
                parties.TryAdd(country, (evidence, 0.7, "side of another document of the same gathering"));
        }
    }

    /// <summary>
    /// "the treaty the eight nations signed": a document with fewer than two sides, a sentence of which counts its states, takes
    /// the set of that many the story told (see <see cref="CountedStatesOfTheDocument"/>).
    /// </summary>
    private void WithTheCountedStates(IReadOnlyList<Agreement> agreements, Dictionary<Agreement, Dictionary<string, (Sentence, double, string)>> sides,
        IReadOnlyList<Sentence> sentences)
    {
        foreach (var agreement in agreements)
        {
            var parties = sides[agreement];
            if (parties.Count >= 2 || mentionsIn is null) continue;
            var others = agreements.Where(a => a != agreement && sides[a].Count >= 2).Select(a => (IReadOnlyCollection<string>)sides[a].Keys.ToList());
            if (CountedStatesOfTheDocument.Sides(agreement, parties.Keys.ToList(), others, sentences, mentionsIn, registry.Contains, knowledge) is not { } counted) continue;
            foreach (var (country, sentence) in counted)
                parties.TryAdd(country, (sentence, 0.6, "the states a counted group of the document's sentence stands for (the eight nations)"));
            Notes.Add($"'{agreement.Title ?? agreement.Mentions[0].Phrase}': a counted group of states in its sentence stands for {string.Join(", ", counted.Select(c => c.Country))} (CountedStatesOfTheDocument)");
        }
    }

    /// <summary>
    /// "The two empires had settled their frontier with the Treaty of X": a document with fewer than two sides, none of them
    /// outside the story's pair, that a phrase such as "the two empires" stands next to takes that pair (see <see cref="PairOfPolities"/>).
    /// </summary>
    private void WithTheStorysPair(IReadOnlyList<Agreement> agreements, Dictionary<Agreement, Dictionary<string, (Sentence, double, string)>> sides)
    {
        // The phrase is rare, so the documents beside it are found first and the story's pair worked out only for them.
        var beside = new List<(Agreement Agreement, AgreementMention Mention)>();
        foreach (var agreement in agreements.Where(a => sides[a].Count < 2))
            if (agreement.Mentions.FirstOrDefault(m => PairOfPolities.Names(m, agreements.SelectMany(a => a.Mentions).Where(o => o.Sentence.Index == m.Sentence.Index))) is { } named)
                beside.Add((agreement, named));
        if (beside.Count == 0 ||
            PairOfPolities.StorysPair(sides.Select(s => (s.Key, (IReadOnlyDictionary<string, double>)s.Value.ToDictionary(p => p.Key, p => p.Value.Item2)))) is not { } pair
            || !pair.All(registry.Contains)) return;
        foreach (var (agreement, mention) in beside)
        {
            var parties = sides[agreement];
            if (!parties.Keys.All(pair.Contains)) continue;
            foreach (var country in pair) parties.TryAdd(country, (mention.Sentence, 0.6, PairOfPolities.Rule));
            Notes.Add($"'{agreement.Title ?? agreement.Mentions[0].Phrase}': the pair of states next to it is the story's, {string.Join(", ", pair)} (PairOfPolities)");
        }
    }

    /// <summary>The first mention of the document whose sentence lists two or more countries as the subject (or passive agent) of its making verb.</summary>
    private List<(string Country, Sentence Sentence)> AgreeingSubject(Agreement agreement)
    {
        if (mentionsIn is null) return [];
        foreach (var m in agreement.Mentions)
        {
            var mentions = mentionsIn(m.Sentence);
            var subject = SidesThatAgreed.Before(m.Sentence.Tokens, mentions, m.TokenStart).Where(registry.Contains).ToList();
            if (subject.Count < 2) subject = SidesThatAgreed.After(m.Sentence.Tokens, mentions, m.TokenEnd).Where(registry.Contains).ToList();
            // "A signed a memorandum on X with B": the lone subject and the counterpart after "with" (see SubjectAndCounterpart).
            if (subject.Count < 2) subject = SubjectAndCounterpart.At(m.Sentence.Tokens, mentions, m.TokenStart, m.TokenEnd).Where(registry.Contains).ToList();
            if (subject.Count >= 2) return subject.Select(c => (c, m.Sentence)).ToList();
        }
        return [];
    }

    /// <summary>
    /// "At a meeting in Geneva, the factions agreed to a truce": the clause that makes the document, up to its mention in the
    /// sentence reporting the meeting, names a non-state side (rebels, factions, the opposition) as its maker.
    /// </summary>
    private static bool MadeByANonStateSide(Agreement agreement)
    {
        if (agreement.ProducedEvidence is not { } evidence || agreement.Mentions.FirstOrDefault(m => m.Sentence.Index == evidence.Index) is not { } mention) return false;
        var tokens = evidence.Tokens;
        var start = mention.TokenStart;
        while (start > 0 && tokens[start - 1].Text is not ("," or ";" or ":" or "—")) start--;
        return StateAndArmedGroup.NamesNonStateSide(tokens.Skip(start).Take(mention.TokenStart - start).ToList());
    }

    /// <summary>Two or more countries named before the document in a sentence that concludes it with a signing verb before it.</summary>
    private static bool SidesSigned(Agreement agreement) =>
        agreement.PartiesBefore.Count >= 2 && agreement.Mentions.Any(m => m.Concluded && m.PartiesBefore.Count >= 2 &&
            Enumerable.Range(0, m.TokenStart).Any(k => SigningVerb.IsAt(m.Sentence.Tokens, k)));

    /// <summary>
    /// "The leaders of A, B and C signed the declaration": each listed country is a side, whether or not the article names
    /// the office-holder who signed for it (the pattern: a state's leader signs for the state).
    /// </summary>
    private static IEnumerable<(string Country, Sentence Sentence)> SignedByOffice(Agreement agreement) =>
        agreement.SigningOffices.Select(o => (o.Key.Country, o.Value)).DistinctBy(o => o.Country);

    /// <summary>
    /// "the Neutrality Treaty that Carter and Torrijos signed in 1977 along with the Panama Canal Treaty": a signing told
    /// in a sentence that names only other years than the story's is no event of the story, so it does not date the
    /// document to the story's year (the pattern: a recalled signing carries its own year, however far from the noun).
    /// A year that qualifies another noun ("based on the 1960 law") sets no time (see <see cref="DocumentYear.QualifiesAnotherNoun"/>).
    /// </summary>
    /// With the reference <paramref name="mention"/>, a year in a relative clause about another noun is left out (see <see cref="ClauseOfAnotherNoun"/>).
    internal static bool SetInAnotherYear(Sentence sentence, int? storyYear, AgreementMention? mention = null)
    {
        if (storyYear is null) return false;
        var tokens = sentence.Tokens;
        var aside = mention is null ? [] : ClauseOfAnotherNoun.Spans(tokens, mention.TokenStart, mention.TokenEnd);
        // "concluded in 1699": a year of centuries past counts where told after a preposition of time (see OldYear).
        var years = Enumerable.Range(0, tokens.Count).Where(k => !DocumentYear.QualifiesAnotherNoun(tokens, k, k + 1) && !ClauseOfAnotherNoun.Inside(aside, k))
            .Select(k => OldYear.Told(tokens, k)).OfType<int>().ToList();
        return years.Count > 0 && !years.Contains(storyYear.Value);
    }


    /// <summary>
    /// The year of the meeting that made the document, unless the sentence that first tells the document concluded names only
    /// other years ("The text agreed on 3 May 1979 ... bore the signatures of ...", its meeting dated to the story's year):
    /// the concluding sentence's own year outweighs a date the meeting took from elsewhere (the pattern: a signing told with
    /// its own time is of that time, so the meeting's other year is not the document's).
    /// </summary>
    private static int? MakersYear(Agreement agreement)
    {
        if (YearOf(agreement.ProducedBy?.Date) is not { } year) return null;
        return agreement.Mentions.FirstOrDefault(m => m.Concluded || m.SpokenIn) is { } told && SetInAnotherYear(told.Sentence, year, told) ? null : year;
    }

    /// <summary>
    /// "a memorandum of understanding on maritime cooperation": a memorandum keeps its own noun in its name, which other reports
    /// of it use too (the pattern: a document is named by the noun the text first gives it, not its family's).
    /// </summary>
    private static string? OwnNounLabel(Agreement agreement)
    {
        var first = agreement.Mentions[0];
        var head = first.Sentence.Tokens[first.TokenEnd - 1].Lower;
        // "memoranda of understanding, on X, on Y": an item opened by its "on" takes its plural's noun (see TopicItemsOfAPlural).
        if (head == "on" && first.Phrase.Split(' ')[0] is var plural && AgreementKinds.PluralDocumentNouns.Contains(plural)) head = TopicItemsOfAPlural.Singular(plural);
        if (head == "mou") return "memorandum of understanding";
        if (ArmisticeAsCeasefire.Label(head) is { } armistice) return armistice;
        if (StatementOfPurpose.Label(first.Sentence.Tokens, first.TokenEnd - 1) is { } statement) return statement;
        if (UnderstandingAsDocument.Label(head) is { } understanding) return understanding;
        if (head != "memorandum") return null;
        return first.Phrase.EndsWith("understanding", StringComparison.OrdinalIgnoreCase) ? "memorandum of understanding" : "memorandum";
    }

    private static int? YearOf(string? date) => date is { Length: >= 4 } && int.TryParse(date[..4], out var y) ? y : null;
}
