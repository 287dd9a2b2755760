using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Pipeline;

/// <summary>The references to agreements, sentence by sentence, and the agreements they name (one per document).</summary>
internal sealed record AgreementOutput(IReadOnlyList<AgreementMention> Mentions, IReadOnlyList<Agreement> Agreements);

/// <summary>
/// Stage 7: agreements with their arguments: the names one document takes merged, year, parties,
/// signers as opposed to witnesses, the meeting that concluded it, the earlier agreements it upholds.
/// Writes Agreement nodes with PARTY_TO, SIGNED, PRODUCED and REAFFIRMS into the article's graph, and ATTENDED for the signers of a concluded document.
/// </summary>
internal sealed class AgreementStage(KnowledgeBase knowledge)
{
    public AgreementOutput Run(SentenceOutput sentences, ResolvedEntities entities, DatingOutput dates, MeetingOutput meetings, ExtractionTrace? trace)
    {
        var before = entities.Relationships.All.Count;
        var reportedMeeting = InnermostReportedMeeting.BySentence(meetings.Meetings);
        // "talks with X, at which the two governments signed ...": the gathering a making relative clause hangs on (see GatheringOfARelativeClause).
        foreach (var (index, meeting) in GatheringOfARelativeClause.BySentence(meetings.Meetings))
            if (meeting is not null) reportedMeeting[index] = meeting;
        var listLeads = ConcludedListItems.Find(sentences.Sentences);
        // "Ministers exchanged a bundle of memorandums. The most watched was a port memorandum ...": a signed set's members told next (see SetItemsToldNext).
        foreach (var (item, lead) in SetItemsToldNext.Find(sentences.Sentences)) listLeads.TryAdd(item, lead);
        // "Ruto arrived on Monday. He signed the accord for Kenya": a sentence-initial pronoun signs as the previous sentence's subject
        // (see PronounSubject; the meeting stage has read it already).
        var all = sentences.Sentences;
        var withPronouns = meetings.WithPronounSubject;
        // A counted plural is one set only when the story does not list its documents one by one (see CountedSetSigned).
        var listedOneByOne = CountedSetSigned.ListedOneByOneAfter(all);
        var mentions = sentences.Sentences
            .SelectMany(s => AgreementMentionFinder.Find(s, withPronouns[s.Index], dates.BySentence[s.Index], listLeads.ContainsKey(s.Index), !listedOneByOne[s.Index])).ToList();
        var signingCeremony = SigningCeremoniesBySentence(meetings.Meetings, sentences.Sentences);
        // A list item is told by its lead: the meeting the lead reports is the one its documents come out of.
        var agreements = AgreementClusterer.Cluster(mentions,
            s => listLeads.GetValueOrDefault(s.Index, s) is var told
                ? OfTheStory(reportedMeeting.GetValueOrDefault(told.Index), dates.ArticleYear, s, told) ?? OfTheStory(signingCeremony.GetValueOrDefault(told.Index), dates.ArticleYear, s, told)
                  ?? OfTheStory(MeetingOfGroup(told, meetings.Meetings, dates.ArticleYear), dates.ArticleYear, s, told) : null,
            // A declaration the story concludes with no year of its own is of the story's year: a summit of another year did not adopt it.
            m => SummitUnderDiscussion(meetings.Meetings, m.Year ?? dates.ArticleYear), dates.ArticleYear,
            OrganisationsByShortestName(entities.MentionsBySentence));
        SigningOffices.Resolve(agreements, entities.People, knowledge);
        var sentencesNamingADocument = mentions.Select(m => m.Sentence.Index).ToHashSet();
        // "A and B signed three agreements": a counted plural is about the documents enumerated after it, if any (see
        // CountedDocuments), never the one told before, so its sentence is read as naming its own documents.
        // "closed with the signing of three texts by the leaders: A, B and C": the nominal form counts too (see CountedSigningByAgents).
        var countedSignings = all.Where(s => !sentencesNamingADocument.Contains(s.Index) &&
                                             (CountedDocuments.SignedIn(s.Tokens) || CountedSigningByAgents.ByAt(s.Tokens) >= 0)).ToList();
        var countedIndices = countedSignings.Select(s => s.Index).ToHashSet();
        var bareSignings = ObjectlessSigning.Find(sentences.Sentences, s => withPronouns[s.Index],
            s => sentencesNamingADocument.Contains(s.Index) || countedIndices.Contains(s.Index), s => DocumentToldBefore(agreements, s, dates.ArticleYear) ?? DocumentNamedNext(agreements, s, dates.ArticleYear)).ToList();
        foreach (var (agreement, person, sentence) in bareSignings)
            if (agreement.Signatories.TryAdd(person, sentence)) agreement.SignedApart.Add(person);
        // "A and B signed it after talks that closed with a joint statement": a pronoun object points back, not ahead (see PronounObjectOfANamedDocument).
        foreach (var (agreement, person, sentence) in PronounObjectOfANamedDocument.Find(all.Where(s => sentencesNamingADocument.Contains(s.Index)).ToList(),
                     s => withPronouns[s.Index], agreements, s => DocumentToldBefore(agreements, s, dates.ArticleYear)))
            if (agreement.Signatories.TryAdd(person, sentence)) agreement.SignedApart.Add(person);
        // "Three documents were signed: A, B and C. X signed for the government": a bare signing just after a counted set signs each of it (see BareSigningOfACountedSet).
        var bareSetSignings = bareSignings
            .SelectMany(b => BareSigningOfACountedSet.OthersOfTheSet(b.Agreement, b.Sentence, all, agreements).Select(a => (Agreement: a, b.Person, b.Sentence))).ToList();
        foreach (var (agreement, person, sentence) in bareSetSignings)
            if (agreement.Signatories.TryAdd(person, sentence)) agreement.SignedApart.Add(person);
        // "The three ministers then signed": a counted group's bare signing signs the document told before as the group (see CountedGroupSignedBare).
        foreach (var s in all.Where(s => !sentencesNamingADocument.Contains(s.Index) && !countedIndices.Contains(s.Index)))
            if (CountedGroupSignedBare.Count(s.Tokens) is { } n && DocumentToldBefore(agreements, s, dates.ArticleYear) is { } told && told.GroupCount is null)
            {
                told.SignedByGroup = true;
                told.GroupCount = n;
            }
        // "A and B signed two documents. The first, the Treaty of X, ...": each document enumerated after the count (see CountedDocuments).
        var enumerated = EnumeratedAfterACount(countedSignings, s => withPronouns[s.Index], agreements).ToList();
        foreach (var (agreement, person, sentence) in enumerated) agreement.Signatories.TryAdd(person, sentence);
        // "A and B signed the documents. Two texts were signed: X and Y.": each member of the set enumerated next (see ItemOfADocumentSet).
        var setSignings = MembersSignedAsAPlural(all.Where(s => !sentencesNamingADocument.Contains(s.Index)), s => withPronouns[s.Index], agreements).ToList();
        foreach (var (agreement, person, sentence) in setSignings) agreement.Signatories.TryAdd(person, sentence);
        // "X signed for Kenya, while Y signed for Tanzania": a bare signer who names a side stands for it (see SignersForTheirSides).
        foreach (var (agreement, person, sentence) in bareSignings)
        {
            if (agreement.SignedApart.Contains(person) && SignersForTheirSides.NamesASide(sentence.Tokens)) agreement.SignedForASide.Add(person);
            if (agreement.SignedApart.Contains(person) && SignersForTheirSides.NamesBackers(sentence.Tokens)) agreement.SignedForBackers.Add(person);
        }
        // "Angola was represented by X" right after a signing of states: X signed the document told last (see RepresentedAtTheSigning).
        var representatives = RepresentedAtTheSigning.Find(sentences.Sentences, s => entities.MentionsBySentence[s.Index])
            .Where(r => !sentencesNamingADocument.Contains(r.Sentence.Index))
            .Select(r => (Agreement: DocumentToldBefore(agreements, r.Sentence, dates.ArticleYear), Person: r.Person.EntityId!, r.Sentence))
            .Where(r => r.Agreement is not null).ToList();
        foreach (var (agreement, person, sentence) in representatives)
            if (agreement!.Signatories.TryAdd(person, sentence)) agreement.SignedApart.Add(person);
        // "The accord bears the signatures of A and B", "The signatories were A and B": the document the sentence names, else the one told last (see SignersNamedByNoun).
        var nounSigners = SignersNamedByNoun.Find(sentences.Sentences, s => entities.MentionsBySentence[s.Index])
            .Select(r => (Agreement: agreements.FirstOrDefault(a => a.Mentions.Any(m => m.Sentence.Index == r.Sentence.Index))
                                     ?? DocumentToldBefore(agreements, r.Sentence, dates.ArticleYear), Person: r.Person.EntityId!, r.Sentence))
            .Where(r => r.Agreement is not null).ToList();
        foreach (var (agreement, person, sentence) in nounSigners) agreement!.Signatories.TryAdd(person, sentence);
        // "The documents were signed by A and B": each document the story made before the sentence (see PluralDocumentsSigned).
        var pluralSigners = PluralDocumentsSigned.Find(sentences.Sentences, s => entities.MentionsBySentence[s.Index])
            .SelectMany(r => DocumentsToldBefore(agreements, r.Sentence, dates.ArticleYear).Select(a => (Agreement: a, Person: r.Person.EntityId!, r.Sentence))).ToList();
        foreach (var (agreement, person, sentence) in pluralSigners) agreement.Signatories.TryAdd(person, sentence);
        // "Signing for Kenya was X": the person after the copula signed the document the sentence names, else the one told last,
        // else, in a signing scene told before its document is named, the one named next, as for a bare signing (see InvertedSignerForASide).
        var invertedSigners = InvertedSignerForASide.Find(sentences.Sentences, s => entities.MentionsBySentence[s.Index])
            .Select(r => (Agreement: agreements.FirstOrDefault(a => a.Mentions.Any(m => m.Sentence.Index == r.Sentence.Index))
                                     ?? DocumentToldBefore(agreements, r.Sentence, dates.ArticleYear)
                                     ?? DocumentNamedNext(agreements, r.Sentence, dates.ArticleYear), Person: r.Person.EntityId!, r.Sentence))
            .Where(r => r.Agreement is not null).ToList();
        foreach (var (agreement, person, sentence) in invertedSigners) agreement!.Signatories.TryAdd(person, sentence);
        var groupSignings = RelativeGroupSigners.Find(agreements).ToList();
        foreach (var (agreement, person, sentence) in groupSignings) agreement.Signatories.TryAdd(person, sentence);
        // Read when a group or a "they" signs, and by the graph builder below. Only this thread reads it, so it takes no lock
        // (the locking default showed in profiles as Monitor.Enter_Slowpath under the counted groups).
        var thirdPartyPeople = new Lazy<IReadOnlySet<string>>(() => ThirdPartyPeople.In(all, s => entities.MentionsBySentence[s.Index]), LazyThreadSafetyMode.None);
        var countedGroups = CountedGroupNamedBefore.Find(all, s => withPronouns[s.Index], agreements, thirdPartyPeople, reportedMeeting,
                person => entities.People.FirstOrDefault(p => p.Id == person)?.Iso2)
            .Concat(PluralPronounSigners.Find(all, s => withPronouns[s.Index], agreements, thirdPartyPeople)).Where(r => r.Agreement.Signatories.TryAdd(r.Person, r.Sentence)).ToList();
        // "Around the table sat A, B and C. The leaders signed the declaration": an uncounted group stands for the roll told just before (see GroupSignedAfterItsRoll).
        // The roll names the group apart from the document, maybe a few of many ("the leaders" may count more than the roll):
        // its people sign apart, as a bare signer does, and the meeting's group still signs with them.
        var rollSigners = GroupSignedAfterItsRoll.Find(all, s => entities.MentionsBySentence[s.Index], agreements, thirdPartyPeople)
            .Where(r => r.Agreement.Signatories.TryAdd(r.Person, r.Sentence) && r.Agreement.SignedApart.Add(r.Person))
            // "A led one delegation. B and C came for Y. All of them signed the treaty": the whole run of envoys told before (see AllOfThemSigned).
            .Concat(AllOfThemSigned.Find(all, s => entities.MentionsBySentence[s.Index], agreements, thirdPartyPeople)
                .Where(r => r.Agreement.Signatories.TryAdd(r.Person, r.Sentence) && r.Agreement.SignedApart.Add(r.Person))).ToList();
        // "A and B said in a joint statement", "the pair issued a joint communiqué": the speakers issued it (see IssuersSpeakingThroughAJointText).
        var jointIssuers = IssuersSpeakingThroughAJointText.Find(all, s => withPronouns[s.Index], agreements, thirdPartyPeople.Value,
                person => entities.People.FirstOrDefault(p => p.Id == person)?.Iso2,
                (person, office) => entities.People.FirstOrDefault(p => p.Id == person) is { } name && SigningOffices.Holds(SigningOffices.TitlesOf(name, knowledge), office, knowledge)).ToList()
            .Where(r => r.Agreement.Signatories.TryAdd(r.Person, r.Sentence)).ToList();
        // "The accord, signed by the two presidents in May": the people the counted agent stands for (see CountedGroupAsAgent).
        var groupAgents = CountedGroupAsAgent.Find(all, s => withPronouns[s.Index], agreements, thirdPartyPeople.Value,
                person => entities.People.FirstOrDefault(p => p.Id == person)?.Iso2,
                (person, office) => entities.People.FirstOrDefault(p => p.Id == person) is { } name && SigningOffices.Holds(SigningOffices.TitlesOf(name, knowledge), office, knowledge),
                s => DocumentToldBefore(agreements, s, dates.ArticleYear)).ToList()
            .Where(r => r.Agreement.Signatories.TryAdd(r.Person, r.Sentence)).ToList();
        // "Leaders reach deal", then "they signed a joint declaration": the lead's general document is the one named next (see LeadDocumentNamedNext).
        var storyLead = all.FirstOrDefault(s => !AgreementClusterer.IsHeadline(s) && s.Tokens.Count >= 10 && s.Text.TrimEnd().EndsWith('.'));
        LeadDocumentNamedNext.Apply(agreements, s => AgreementClusterer.IsHeadline(s) || s == storyLead);
        var timeApart = new ConcludedAtAnotherTime(meetings.Meetings, s => dates.BySentence[s.Index], dates.Anchor, dates.ArticleYear, dates.BySentence);
        ProducingMeeting.Assign(agreements, meetings.Meetings, dates.ArticleYear, timeApart,
            person => entities.People.FirstOrDefault(p => p.Id == person)?.Iso2);
        AdoptedAtItsOwnGathering.Assign(agreements, meetings.Meetings, dates.ArticleYear);
        MakingToldInTheBody.Apply(agreements, reportedMeeting, dates.ArticleYear);
        // With no date of its own, the story is told at the latest year it names: a document of an earlier year is history.
        var yearOfTelling = dates.ArticleYear ?? LatestYearTold.In(sentences.Sentences);
        ProducingMeeting.CheckYears(agreements, yearOfTelling, timeApart, meetings.Meetings, s => entities.MentionsBySentence[s.Index]);
        // "a 1987 protocol, signed during a visit by X": a recalled document its signers tied to a gathering of the story's
        // year loses that producer above; the gathering its own clause names is the one that made it. A story with no date of
        // its own is told at the latest year it names, so a document of an earlier year is history here too.
        AdoptedAtItsOwnGathering.Assign(agreements, meetings.Meetings, yearOfTelling);
        // "the treaty, signed in Velora in 1989 by A and B": a document still without producer comes out of the signing its own clause tells (see SignedAtItsOwnSigning).
        SignedAtItsOwnSigning.Assign(agreements, meetings.Meetings, yearOfTelling);
        // "when X came to Y on a state visit that spring and both leaders put their names to a declaration": an earlier document still without producer comes out of the one gathering of its year its sentence tells (see MadeAtTheGatheringOfItsSentence).
        MadeAtTheGatheringOfItsSentence.Assign(agreements, meetings.Meetings, yearOfTelling);
        // "signed a framework agreement creating X ... signed the Agreement on X": one document described, then titled (see DescribedThenTitled).
        var describedThenTitled = DescribedThenTitled.Join(agreements, yearOfTelling);
        // "asked for a day to polish the treaty ... signed the Treaty of X": a document told ahead by its noun is the one titled later (see ToldAheadThenTitled).
        var toldAhead = ToldAheadThenTitled.Join(agreements);
        // "the Osk MoU" after the memorandum signed in Osk: one document called after its place (see DocumentCalledAfterItsPlace).
        var namedForItsPlace = DocumentCalledAfterItsPlace.Join(agreements);
        // "Leaders hail pact" over the Varo Treaty signed that day: the day's one document under a general noun (see DaysDocumentUnderAGeneralNoun).
        var daysDocument = DaysDocumentUnderAGeneralNoun.Join(agreements, yearOfTelling);
        // "Leaders of six states met in X ... the heads of state signed the pact at a ceremony": the summit's signing ceremony made the document too (see SignedAtTheSummitsCeremony).
        SignedAtTheSummitsCeremony.Assign(agreements, meetings.Meetings);
        // "The envoys signed at midnight. The Treaty of Orvel ended the war": a document named beside the story's one signing, still without producer, is its product (see DocumentBesideTheSigning).
        DocumentBesideTheSigning.Assign(agreements, meetings.Meetings, yearOfTelling);
        // "The two presidents met at the palace ... The most tangible result was the Joint Statement on X": a joint text named without a verb, right after a gathering of the story, is its product (see JointTextOfTheTalks).
        JointTextOfTheTalks.Assign(agreements, meetings.Meetings, yearOfTelling);
        // "signed the declaration at their annual summit in X", beside the League's summit in X told by name: the grouping's summit made it (see SummitOfItsGrouping).
        SummitOfItsGrouping.Assign(agreements, meetings.Meetings);
        // "Alongside it, ministers signed four memorandums", "Both premiers also signed a joint statement": the producer of the document told just before (see SignedAlongside).
        SignedAlongside.Assign(agreements);
        // "the Treaty of Velmar, 1791 ... the envoys A and B put their seals to it": the undated signing of its signers made it (see UndatedSigningOfItsSigners).
        UndatedSigningOfItsSigners.Assign(agreements, meetings.Meetings);
        // "the Treaty of Amity, signed in Velora on 3 May 1989": an earlier document still without producer comes out of the dated
        // signing its own clause tells, though no signer is named (see DocumentOfItsDatedSigning); last, so no rule above copies it on.
        DocumentOfItsDatedSigning.Assign(agreements, meetings.Meetings, yearOfTelling);
        // "A and B, the other two members, signed through their envoys", "along with the delegations of A and B": states told
        // as signing are sides of the document the sentence names, else of the one told last (see CountriesThatSigned).
        var countrySigners = new List<(Agreement Agreement, string Country, Sentence Sentence)>();
        foreach (var s in all)
        {
            if (!SigningVerb.AnyIn(s.Tokens)) continue;
            var names = sentencesNamingADocument.Contains(s.Index);
            var (subject, listed) = CountriesThatSigned.In(s.Tokens, entities.MentionsBySentence[s.Index], subjectToo: !names);
            if (subject.Count + listed.Count == 0) continue;
            var document = names ? agreements.Where(a => a.Mentions.Any(m => m.Sentence.Index == s.Index && m.Concluded)).MinBy(a => a.Mentions.Where(m => m.Sentence.Index == s.Index).Min(m => m.TokenStart))
                : DocumentToldBefore(agreements, s, dates.ArticleYear);
            if (document is null) continue;
            // "A and B signed through their envoys": a bare verb whose subject is states goes on with the signing the sentence
            // right before told, not with a document told further back.
            var countries = document.Mentions.Any(m => m.Sentence.Index == s.Index - 1) ? subject.Concat(listed).Distinct().ToList() : listed;
            foreach (var country in countries)
                if (document.SignedByCountries.TryAdd(country, s)) countrySigners.Add((document, country, s));
        }
        PartiesListed.Assign(sentences.Sentences, agreements, s => entities.MentionsBySentence[s.Index]);
        AmongTheSignatories.Assign(sentences.Sentences, agreements, s => entities.MentionsBySentence[s.Index]);
        // "The accord was signed at the Old Customs House": the producing meeting is held there too (see VenueOfTheSigning).
        var venues = new VenueCity(knowledge, entities.Registry);
        // "In March, the two ministers signed an accord in X", in a story of talks held this week: a signing dated apart from
        // every meeting and still without producer is a signing of its own, held then and there by its signers (see SigningDatedApart).
        var signingsApart = SigningDatedApart.Build(agreements, meetings.Meetings, timeApart, s => dates.BySentence[s.Index], s => entities.MentionsBySentence[s.Index]);
        if (signingsApart.Count > 0)
            new MeetingGraphBuilder(entities.Registry, entities.Relationships, entities.People, venues, entities.MentionsBySentence).Build(signingsApart);
        var signingPlaces = VenueOfTheSigning.Find(agreements, s => entities.MentionsBySentence[s.Index], venues.IsVenue,
            id => entities.Relationships.All.Where(r => r.Type == "HELD_IN" && r.From == id).Select(r => r.To), timeApart,
            person => entities.People.FirstOrDefault(p => p.Id == person)?.Iso2).ToList();
        foreach (var (meeting, place) in signingPlaces)
            entities.Relationships.Add("HELD_IN", meeting.Id!, place.EntityId!, place.Sentence.Text, 0.7, rule: VenueOfTheSigning.Rule);
        // "the Treaty of Orvalle" made at a signing the story places nowhere: it was held in the town of the title (see TownOfItsTitle).
        var titleTowns = TownOfItsTitle.Find(agreements, all.SelectMany(s => entities.MentionsBySentence[s.Index]),
            id => entities.Relationships.All.Where(r => r.Type == "HELD_IN" && r.From == id).Select(r => r.To)).ToList();
        foreach (var (meeting, place) in titleTowns)
            entities.Relationships.Add("HELD_IN", meeting.Id!, place.EntityId!, place.Sentence.Text, 0.6, rule: TownOfItsTitle.Rule);
        // "X, serving as the Union's special envoy": a signer in a body's office signs for that body, binding no state of his own.
        var bodyOfficeHolders = ThirdPartyPeople.ServingABody(all, s => entities.MentionsBySentence[s.Index]);
        if (bodyOfficeHolders.Count > 0)
            foreach (var agreement in agreements)
                foreach (var person in agreement.Signatories.Keys)
                    if (bodyOfficeHolders.Contains(person)) agreement.SignedForBackers.Add(person);
        // Brokers and non-parties the story tells: no sides by their people's presence, nor of the principal pair below.
        var thirdPartyCountries = CountriesToldAsThirdParties.In(sentences.Sentences, knowledge);
        var builder = new AgreementGraphBuilder(knowledge, entities.Registry, entities.Relationships, entities.People,
                // The same sentences and mentions as the groups read above: the set is read once for both.
                s => entities.MentionsBySentence[s.Index], thirdPartyPeople.Value, thirdPartyCountries);
        var hosts = HostsOfTheStory.Told(sentences.Sentences, s => entities.MentionsBySentence[s.Index]).Union(thirdPartyCountries).ToHashSet();
        builder.Build(agreements, new DocumentStoryFacts(PrincipalCountries(entities, hosts), dates.ArticleYear, s => dates.BySentence[s.Index],
            StateAndArmedGroup.StateOfStory(sentences.Sentences, s => entities.MentionsBySentence[s.Index]),
            a => a.Mentions.Select(m => PairOfLeaders.Countries(m.Sentence, meetings.Meetings, entities.People)).FirstOrDefault(c => c is not null),
            agreements.Count == 0 ? null : StatesThatDidNotSign.In(all, s => entities.MentionsBySentence[s.Index], person => entities.People.FirstOrDefault(p => p.Id == person)?.Iso2),
            m => TimeToldBefore.Year(sentences.Sentences, s => dates.BySentence[s.Index], m.Sentence, m.TokenStart), sentences.Sentences)
            { PairPastTheHosts = TheTwoCountriesPastTheHosts.Pair(entities.Registry.All, hosts) });
        DocumentsSignedTogether.Add(sentences.Sentences, agreements, entities.Relationships);
        SignersAtTheConcludingMeeting.Add(agreements, entities.Registry, entities.Relationships);
        SignersBindTheirStates.Add(agreements, entities.Registry, entities.Relationships, thirdPartyPeople.Value);
        if (trace is not null)
        {
            trace.Stage("agreements", $"{mentions.Count} references, {agreements.Count} agreements");
            if (dates.ArticleYear is null && yearOfTelling is not null) trace.Line($"no story year: producers checked against {yearOfTelling}, the latest year the story names");
            foreach (var a in agreements.Where(a => a.Id is not null))
                foreach (var (m, c) in meetings.Meetings.Where(m => m.Id is not null).SelectMany(m => a.Mentions.Where(x => x.Concluded).Take(1).Select(c => (m, c))))
                    if (timeApart.Apart(c.Sentence, m))
                        trace.Line($"[{c.Sentence.Index}] {a.Id} is no product of {m.Id}: the sentence dates the signing apart from the meeting");
            foreach (var m in signingsApart) trace.Line($"[{m.Mentions[0].Sentence.Index}] {m.Id}: {SigningDatedApart.Rule}");
            foreach (var (item, lead) in listLeads) trace.Line($"[{item}] list item concluded by its lead [{lead.Index}] (a signing verb before a colon, or a signed set told just before)");
            foreach (var m in mentions) trace.Line(Describe(m, agreements.FirstOrDefault(a => a.Mentions.Contains(m))));
            foreach (var (described, titled) in describedThenTitled)
                trace.Line($"'{described.Mentions[0].Phrase}' joins '{titled.Title}': an untitled document made at the same occasion, restated by its title (DescribedThenTitled)");
            foreach (var (ahead, titled) in toldAhead)
                trace.Line($"'{ahead.Mentions[0].Phrase}' joins '{titled.Title}': a document told ahead by its noun, titled later (ToldAheadThenTitled)");
            foreach (var (general, days) in daysDocument)
                trace.Line($"'{general.Mentions[0].Phrase}' joins '{days.Title ?? days.Mentions[0].Phrase}': an untitled document under a general noun, the story's one document made that year (DaysDocumentUnderAGeneralNoun)");
            foreach (var (named, made) in namedForItsPlace)
                trace.Line($"'{named.Title}' joins {made.Id}: a document called after the place where it was made (DocumentCalledAfterItsPlace)");
            foreach (var (a, b) in agreements.SelectMany((a, i) => agreements.Skip(i + 1).Select(b => (a, b))))
                if (a.Title is not null && b.Title is not null && AgreementClusterer.SuccessorTitles(a.Title, b.Title))
                    trace.Line($"'{a.Title}' and '{b.Title}' stay two documents: a title followed by a number names a successor");
            foreach (var (agreement, person, sentence) in bareSignings) trace.Line($"[{sentence.Index}] {person} signed the document told last, {agreement.Id} (a signing verb naming no document)");
            foreach (var (agreement, person, sentence) in bareSetSignings) trace.Line($"[{sentence.Index}] {person} signed {agreement.Id}: a bare signing just after a counted set of documents signs each of it (BareSigningOfACountedSet)");
            foreach (var (agreement, person, sentence) in enumerated) trace.Line($"[{sentence.Index}] {person} signed {agreement.Id}: enumerated by an ordinal after a counted plural they signed (CountedDocuments)");
            foreach (var s in all.Where(s => withPronouns[s.Index].Count > entities.MentionsBySentence[s.Index].Count && SigningVerb.AnyIn(s.Tokens)))
                foreach (var pronoun in withPronouns[s.Index].Except(entities.MentionsBySentence[s.Index]))
                    trace.Line($"[{s.Index}] '{pronoun.Surface}' signs as {pronoun.EntityId}, the previous sentence's subject (PronounSubject)");
            foreach (var (sentence, person) in SignedThroughAnAgent.In(sentences.Sentences, s => entities.MentionsBySentence[s.Index]))
                trace.Line($"[{sentence.Index}] {person} signed as the agent a signing side acted through (SignedThroughAnAgent)");
            foreach (var (agreement, person, sentence) in representatives)
                trace.Line($"[{sentence.Index}] {person} signed {agreement!.Id}: the representative a state sent to the signing told just before (RepresentedAtTheSigning)");
            foreach (var (agreement, country, sentence) in countrySigners)
                trace.Line($"[{sentence.Index}] {country} signed {agreement.Id}: a state told as signing (CountriesThatSigned)");
            foreach (var (agreement, person, sentence) in nounSigners)
                trace.Line($"[{sentence.Index}] {person} signed {agreement!.Id}: listed after a signer's noun, 'the signatures of', 'the signatories were' (SignersNamedByNoun)");
            foreach (var (agreement, person, sentence) in pluralSigners)
                trace.Line($"[{sentence.Index}] {person} signed {agreement.Id}: one of the documents a plural subject signed ('the documents were signed by') (PluralDocumentsSigned)");
            foreach (var (agreement, person, sentence) in invertedSigners)
                trace.Line($"[{sentence.Index}] {person} signed {agreement!.Id}: named after the copula of 'Signing for X was' (InvertedSignerForASide)");
            foreach (var (agreement, person, sentence) in countedGroups) trace.Line($"[{sentence.Index}] {person} signed {agreement.Id}: one of the people named just before a counted group or a 'they' that signed ('the two men signed', 'the ten signed', 'They signed') (CountedGroupNamedBefore, PluralPronounSigners)");
            foreach (var (agreement, person, sentence) in rollSigners) trace.Line($"[{sentence.Index}] {person} signed {agreement.Id}: on the roll told just before an uncounted group that signed ('A, B and C ... The leaders signed', '... All of them signed') (GroupSignedAfterItsRoll, AllOfThemSigned)");
            foreach (var (agreement, person, sentence) in groupAgents) trace.Line($"[{sentence.Index}] {person} signed {agreement.Id}: one of the people a counted agent of a passive 'signed by' stands for (CountedGroupAsAgent)");
            foreach (var (agreement, person, sentence) in jointIssuers) trace.Line($"[{sentence.Index}] {person} issued {agreement.Id}: the subject speaking through or issuing a joint text (IssuersSpeakingThroughAJointText)");
            foreach (var (agreement, person, sentence) in groupSignings) trace.Line($"[{sentence.Index}] {person} signed {agreement.Id}: one of the counted group whose signing names them no more (the two leaders signed)");
            foreach (var note in builder.Notes) trace.Line(note);
            GraphStage.TraceRelationships(trace, entities.Relationships, before);
        }
        return new AgreementOutput(mentions, agreements);
    }

    /// <summary>
    /// "Association of Southeast Asian Nations" → "ASEAN": each organisation's longer names in the story rewritten as its
    /// shortest one (the same entity), longest first, for comparing titles that name their owner differently.
    /// </summary>
    private static Func<string, string> OrganisationsByShortestName(IEnumerable<IReadOnlyList<Mention>> mentionsBySentence)
    {
        // Gathered on the first title compared: most stories compare none (the clusterer asks only when a document was told before).
        List<(string Long, string Short)>? rewrites = null;
        return title =>
        {
            rewrites ??= mentionsBySentence.SelectMany(ms => ms).Where(m => m.Kind == MentionKind.Organization && m.EntityId is not null)
                .GroupBy(m => m.EntityId!)
                .SelectMany(g => g.Select(m => m.Surface).Distinct().OrderBy(n => n.Length).ToList() is var names
                    ? names.Skip(1).Where(n => n.Length > names[0].Length).Select(n => (Long: n, Short: names[0])) : [])
                .OrderByDescending(r => r.Long.Length).ToList();
            foreach (var (longName, shortName) in rewrites)
                if (title.Contains(longName, StringComparison.OrdinalIgnoreCase)) title = title.Replace(longName, shortName, StringComparison.OrdinalIgnoreCase);
            return title;
        };
    }

    private static string Describe(AgreementMention m, Agreement? agreement)
    {
        var cues = new List<string>();
        if (m.Title is not null) cues.Add($"title '{m.Title}'" + (m.TitledAfter ? " (TitledAfterNoun)" : ""));
        if (m.Year is not null) cues.Add($"year {m.Year}");
        if (m.Definite) cues.Add("definite: refers back" + (Meetings.DayPossessive.OwnedByADay(m.Sentence.Tokens, m.TokenStart) ? " (a day's possessive, DayPossessive)" : ""));
        if (m.RenamesAnother) cues.Add("a naming phrase: another name of the document told before");
        if (SignedGeneralNoun.Names(m) is { } noun) cues.Add($"a signed {noun} (SignedGeneralNoun)");
        if (DiplomaticActTitle.Names(m)) cues.Add("an Act titled as a diplomatic instrument (DiplomaticActTitle)");
        if (m.SetApart) cues.Add("set apart: a document of its own");
        if (m.DescribedApart) cues.Add("described and signed apart from the document told before (DescribedWithOtherSigners)");
        if (m.Concluded) cues.Add("concluding verb");
        if (m.Upheld) cues.Add("upholding verb");
        if (m.ActedOn) cues.Add("acted on as an existing document (ActedOnAsExisting)");
        if (m.RestatesHeadline) cues.Add("the headline's document told again in the lead");
        if (m.LaterClausesMeeting is { } other) cues.Add($"{other} is told in a later clause or after a verb of continuity: not its maker");
        if (m.Recalled) cues.Add("placed in the past");
        if (m.Signatories.Count > 0) cues.Add($"signers {string.Join(", ", m.Signatories)}");
        if (m.SidesOfAnotherDocument.Count > 0) cues.Add($"not its sides, another document's (OtherDocumentsSides): {string.Join(", ", m.SidesOfAnotherDocument)}");
        if (m.SigningOffices.Count > 0) cues.Add($"signers by office {string.Join(", ", m.SigningOffices.Select(o => $"{o.Office} of {o.Country}"))}");
        return $"[{m.Sentence.Index}] '{m.Phrase}' ({m.Kind}) -> {agreement?.Id ?? "(dropped)"}" + (cues.Count > 0 ? $"  <- {string.Join("; ", cues)}" : "");
    }

    /// <summary>
    /// The signers of "signed the documents" for each document enumerated as a member of a set in the sentence right after
    /// (the pattern: a definite plural is about the documents the story enumerates next), when that member has no signer of its own.
    /// </summary>
    private static IEnumerable<(Agreement Agreement, string Person, Sentence Sentence)> MembersSignedAsAPlural(
        IEnumerable<Sentence> sentences, Func<Sentence, IReadOnlyList<Mention>> mentionsIn, IReadOnlyList<Agreement> agreements)
    {
        // Most stories enumerate no set: with no member, no sentence needs reading.
        if (!agreements.Any(a => a.Mentions.Any(m => m.SetMember))) yield break;
        foreach (var sentence in sentences)
        {
            if (!ItemOfADocumentSet.SignedAsAPlural(sentence.Tokens)) continue;
            var members = agreements.Where(a => a.Mentions.Any(m => m.Sentence.Index == sentence.Index + 1 && m.SetMember && m.Signatories.Count == 0 && !m.Recalled && !m.NotMade)).ToList();
            if (members.Count == 0) continue;
            foreach (var person in ObjectlessSigning.Signers(sentence.Tokens, mentionsIn(sentence)).Distinct())
                foreach (var agreement in members) yield return (agreement, person, sentence);
        }
    }

    /// <summary>
    /// The signers of each counted plural ("signed two documents") given to every document the next sentences enumerate by
    /// an ordinal, unless the item's own sentence names signers (see <see cref="CountedDocuments"/>).
    /// </summary>
    private static IEnumerable<(Agreement Agreement, string Person, Sentence Sentence)> EnumeratedAfterACount(
        IEnumerable<Sentence> countedSignings, Func<Sentence, IReadOnlyList<Mention>> mentionsIn, IReadOnlyList<Agreement> agreements)
    {
        foreach (var sentence in countedSignings)
        {
            var items = agreements.Where(a => a.Mentions.Any(m => m.Sentence.Index > sentence.Index &&
                            m.Sentence.Index <= sentence.Index + CountedDocuments.EnumerationReach && m.Signatories.Count == 0 && CountedDocuments.OpensAnItem(m))).ToList();
            if (items.Count == 0) continue;
            foreach (var person in ObjectlessSigning.Signers(sentence.Tokens, mentionsIn(sentence))
                         .Concat(CountedSigningByAgents.Signers(sentence.Tokens, mentionsIn(sentence))).Distinct())
                foreach (var agreement in items) yield return (agreement, person, sentence);
        }
    }

    /// <summary>Every document of the story made (not recalled, upheld or denied) and named before the sentence.</summary>
    private static IEnumerable<Agreement> DocumentsToldBefore(IReadOnlyList<Agreement> agreements, Sentence sentence, int? storyYear) => agreements
        .Where(a => a.Mentions.Any(m => m.Sentence.Index < sentence.Index) && (a.Year is null || a.Year == storyYear)
                    && a.Mentions.Any(m => !m.Recalled && !m.Upheld && !m.NotMade) && !a.Mentions.Any(m => m.Recalled));

    /// <summary>
    /// "Four men put their names to two pages. A signed for Kyiv; B for Washington. It was called the Memorandum on ...": with no
    /// document told before, a bare signing is of the document the very next sentence names, if it is one of the story (the
    /// pattern: a lead may tell the signing first and name the document after). "One by one they put their names to the
    /// documents. Among them were ... They were followed by ... The package, called the Paris accords, ...": a scene of
    /// signing told over a few sentences names its document after it, so the first sentence after that names one counts,
    /// up to <see cref="NamedNextReach"/> sentences on.
    /// </summary>
    private static Agreement? DocumentNamedNext(IReadOnlyList<Agreement> agreements, Sentence sentence, int? storyYear)
    {
        var candidates = agreements.Where(a => (a.Year is null || a.Year == storyYear) && !a.Mentions.Any(m => m.Recalled || m.Sentence.Index < sentence.Index)).ToList();
        for (var next = sentence.Index + 1; next <= sentence.Index + NamedNextReach; next++)
        {
            var named = agreements.Where(a => a.Mentions.Any(m => m.Sentence.Index == next)).ToList();
            if (named.Count == 0) continue;
            return named.Where(a => candidates.Contains(a) && a.Mentions.Any(m => m.Sentence.Index == next && !m.Recalled && !m.Upheld && !m.NotMade))
                .Take(2).ToList() is [var only] ? only : null;
        }
        return null;
    }

    /// <summary>How many sentences after a bare signing the document it signed may first be named.</summary>
    private const int NamedNextReach = 4;

    /// <summary>
    /// The document of the story told last before <paramref name="sentence"/>: neither recalled, only upheld, only wished
    /// for, nor of another year (the bare signing concludes it). What a bare "X signed for Kenya" is about (see <see cref="ObjectlessSigning"/>).
    /// </summary>
    private static Agreement? DocumentToldBefore(IReadOnlyList<Agreement> agreements, Sentence sentence, int? storyYear) => agreements
        .Where(a => a.Mentions.Any(m => m.Sentence.Index < sentence.Index) && (a.Year is null || a.Year == storyYear)
                    && a.Mentions.Any(m => !m.Recalled && !m.Upheld && !m.NotMade) && !RecalledSoFar(a, sentence))
        // "... would accept the UN Charter. X and Y were among those who signed": a document the story tells as made outranks
        // one named in passing, however late (the pattern: a bare signing is of the document being signed).
        .OrderByDescending(a => a.Mentions.Any(m => m.Concluded && !m.NotMade) || a.ProducedBy is not null)
        // "A and B signed a declaration ... The signing capped a deal that C accepted. A signed alongside B": of the documents
        // made, one the story has already told as signed by someone outranks one only reached or accepted (the pattern: a
        // bare signing goes on telling the signing told before it, not a document named in passing since).
        .ThenByDescending(a => a.Signatories.Values.Any(s => s.Index < sentence.Index) || a.SignedByCountries.Values.Any(s => s.Index < sentence.Index))
        .ThenByDescending(a => a.Mentions.Where(m => m.Sentence.Index < sentence.Index).Max(m => m.Sentence.Index * 10_000 + m.TokenStart))
        .FirstOrDefault();

    /// <summary>
    /// Whether the story has told the document as recalled by the time of <paramref name="sentence"/>: "The ministers signed
    /// the treaty. A signed with B. ... The new pact, agreed in outline last year, ...": a mention placed in the past after the
    /// bare signing does not unsay the signing the story was telling (the pattern: a bare "X signed" is read against what the
    /// story has said so far; a later look back at the document's history is no reason to drop it).
    /// </summary>
    private static bool RecalledSoFar(Agreement agreement, Sentence sentence) =>
        agreement.Mentions.Any(m => m.Recalled && m.Sentence.Index <= sentence.Index);

    /// <summary>
    /// "At a ceremony in Cartagena, Santos and Londono signed the peace agreement": a held ceremony told in a sentence that
    /// signs a document is the signing ceremony the document comes out of (the pattern: a ceremony where something is signed
    /// is a signing), though ceremonies otherwise produce nothing. Sentence index → that ceremony.
    /// </summary>
    private static Dictionary<int, Meeting> SigningCeremoniesBySentence(IEnumerable<Meeting> meetings, IReadOnlyList<Sentence> sentences)
    {
        var map = new Dictionary<int, Meeting>();
        foreach (var meeting in meetings.Where(m => m.Id is not null && m.Held && !m.Recalled && m.Kind == MeetingKinds.Ceremony))
            foreach (var mention in meeting.Mentions)
                if (SigningVerb.AnyIn(mention.Sentence.Tokens))
                    map.TryAdd(mention.Sentence.Index, meeting);
        return map;
    }

    /// <summary>
    /// "In the presence of the two leaders, the following were signed" in a 2024 story whose earlier lines recalled a 2019
    /// visit: a meeting of another year than the story's concludes a document only where the sentence gives that year (the
    /// pattern: a recalled meeting is told with its date; an undated signing belongs to the present events).
    /// </summary>
    private static Meeting? OfTheStory(Meeting? meeting, int? storyYear, params Sentence[] told)
    {
        if (meeting?.Date is not { Length: >= 4 } date || storyYear is null || date.StartsWith(storyYear.Value.ToString("D4"), StringComparison.Ordinal)) return meeting;
        return told.Any(s => s.Tokens.Any(t => t.Text == date[..4])) ? meeting : null;
    }

    /// <summary>
    /// "The two leaders signed ...": the latest held meeting of several people reported before this sentence. A meeting
    /// dated to another year than the story's is a recalled one ("during Modi's 2019 visit"): the leaders of the story
    /// meet in its year (the pattern: a bare group reference speaks of the present events).
    /// </summary>
    private static Meeting? MeetingOfGroup(Sentence sentence, IEnumerable<Meeting> meetings, int? storyYear) =>
        !GroupReference.In(sentence) ? null : meetings
            .Where(m => m.Id is not null && m.Held && !m.IsCeremonial && m.Kind != MeetingKinds.PhoneCall && m.Participants.Count >= 2 && m.Mentions[0].Sentence.Index <= sentence.Index)
            .Where(m => storyYear is null || m.Date is null || m.Date.StartsWith(storyYear.Value.ToString("D4"), StringComparison.Ordinal))
            .OrderByDescending(m => m.Mentions.Where(x => x.Sentence.Index <= sentence.Index).Max(x => x.Sentence.Index))
            .FirstOrDefault();

    /// <summary>
    /// The one held summit or conference the article reports, whose year fits <paramref name="year"/>: what a declaration
    /// adopted by "the leaders" comes out of when the sentence does not name the gathering. Null when there are several.
    /// </summary>
    private static Meeting? SummitUnderDiscussion(IEnumerable<Meeting> meetings, int? year)
    {
        var summits = meetings
            .Where(m => m.Id is not null && m.Held && !m.Recalled && m.Kind is MeetingKinds.Summit or MeetingKinds.Conference)
            // A grouping's gathering, or one of several named leaders: one person's "summit" is too thin to issue anything.
            .Where(m => m.Organization is not null || m.Participants.Count >= 2)
            .Where(m => year is null || m.DateOrAssumedYear is null || m.DateOrAssumedYear.StartsWith(year.Value.ToString("D4"), StringComparison.Ordinal))
            .Take(2).ToList();
        return summits.Count == 1 ? summits[0] : null;
    }

    /// <summary>
    /// The two countries the article names most: "the two countries" means them. A country the story tells as the host or
    /// mediator of its talks is left out of the pair, not replaced (see HostsOfTheStory).
    /// </summary>
    private static List<string> PrincipalCountries(ResolvedEntities entities, IReadOnlySet<string> hosts) =>
        entities.Registry.All.Where(e => e.Type == "Country").OrderByDescending(e => e.Mentions).Take(2).Select(e => e.Id).Where(id => !hosts.Contains(id)).ToList();
}
