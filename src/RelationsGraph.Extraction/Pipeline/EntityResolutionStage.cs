using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Pipeline;

/// <summary>
/// The article's people, countries, places and organizations under stable ids, the mentions that
/// became them (per sentence), and the graph they start: REPRESENTS, LOCATED_IN, AFFILIATED_WITH, MEMBER_OF.
/// </summary>
internal sealed record ResolvedEntities(
    IReadOnlyList<PersonName> People, IReadOnlyList<IReadOnlyList<Mention>> MentionsBySentence,
    EntityRegistry Registry, RelationshipSet Relationships)
{
    /// <summary>One person may be resolved under one id more than once; the first country known wins.</summary>
    public string? CountryOf(string personId) =>
        People.Where(p => p.Id == personId).Select(p => p.Iso2).FirstOrDefault(iso => iso is not null);
}

/// <summary>
/// Stage 5: entity resolution and coreference ("Mr X", "the Thai premier", "Moscow" for the
/// government) over the mentions; unresolved name candidates are dropped here.
/// </summary>
internal sealed class EntityResolutionStage(KnowledgeBase knowledge)
{
    public ResolvedEntities Run(MentionOutput mentions, string? datelinePlace, ExtractionTrace? trace, IReadOnlyList<Text.Sentence>? sentences = null, int? storyYear = null)
    {
        var writtenYears = sentences is null ? null : ReignOfTheStoryYears.WrittenYears(sentences);
        var resolver = new PersonResolver(knowledge, storyYear, writtenYears);
        // A story told as history drops the names of states founded after its time: they name regions there.
        var founded = StateNotYetFounded.Apply(mentions.BySentence, writtenYears, storyYear);
        resolver.Resolve(founded.SelectMany(m => m).ToList());
        var bySentence = founded.Select(list => list.Select(m => resolver.PersonReadAsPlace(m) ?? m).ToList()).ToList();
        var all = bySentence.SelectMany(m => m).ToList();
        var owned = OfficialOfALeader.Apply(resolver.People, bySentence);
        var appointed = AppointedToACountrysPost.Apply(resolver.People, bySentence);
        var identified = CountrysAgentIdentified.Apply(resolver.People, bySentence);
        // The rules below give people countries, never country mentions: the article's principal pair stays as counted here.
        var principal = CounterpartOfficials.PrincipalPair(bySentence);
        var pairs = PairUnderAPluralOffice.Apply(resolver.People, bySentence, principal);
        var settled = OfficialsInASetting.Apply(resolver.People, bySentence);
        var carried = OfficialOfTheLastNamed.Apply(resolver.People, bySentence);
        var governed = ActsForTheGovernment.Apply(resolver.People, bySentence);
        var principals = PrincipalOfAnAgent.Apply(resolver.People, bySentence);
        var retinue = MembersOfATravellingParty.Apply(resolver.People, bySentence);
        var sides = MembersOfANamedSide.Apply(resolver.People, bySentence);
        var sovereigns = RealmOfASovereignsStyle.Apply(resolver.People, bySentence);
        var titled = AideOfABareTitle.Apply(resolver.People, bySentence);
        var ruled = ActsForTheSovereign.Apply(resolver.People, bySentence);
        var sent = RulerAsSender.Apply(resolver.People, bySentence);
        var marked = CounterpartOfficials.Apply(resolver.People, bySentence, principal, textMarkedOnly: true);
        var dateline = HomeCountry.Of(datelinePlace, knowledge);
        var home = dateline ?? StorySetting.Of(bySentence);
        // A story from the host's capital by the visitor's own press leaves the visitor's officials unmarked.
        var ownSide = dateline is null ? home : VisitorsOwnPress.Home(dateline, bySentence);
        var unmarked = UnmarkedOfficials.Apply(resolver.People, ownSide, bySentence, fromSetting: dateline is null);
        var paragraphs = OfficialOfTheParagraphsCountry.Apply(resolver.People, bySentence);
        var paired = marked.Concat(CounterpartOfficials.Apply(resolver.People, bySentence, principal)).ToList();
        var registry = new EntityRegistry();
        var relationships = new RelationshipSet();
        new EntityCollector(knowledge, registry, relationships).Collect(all, resolver.People);
        var kept = bySentence.Select(list => list.Where(m => m.EntityId is not null).ToList()).ToList();
        var venueNouns = sentences is null ? [] : DefiniteVenueNoun.Apply(sentences, kept, registry);
        var result = new ResolvedEntities(resolver.People, kept.Select(list => (IReadOnlyList<Mention>)list).ToList(), registry, relationships);
        if (trace is not null)
        {
            trace.Stage("entity resolution and coreference", $"{registry.All.Count()} entities");
            trace.Line($"home country {home ?? "-"}" + (home is not null && dateline is null ? " (the setting the headline and lead open on)" : "") + (ownSide != home ? $" (the visitor's own press: its unmarked officials serve {ownSide})" : "") + (unmarked.Count == 0 ? "" : $", given to the unmarked officials {string.Join(", ", unmarked.Select(p => p.Id))}"));
            if (paragraphs.Count > 0) trace.Line($"the one country of their paragraph given to the unmarked officials {string.Join(", ", paragraphs.Select(p => p.Id))}");
            if (settled.Count > 0) trace.Line($"the country of the sentence's opening setting ('In City,') given to the officials {string.Join(", ", settled.Select(p => p.Id))}");
            if (carried.Count > 0) trace.Line($"the country of the owner the previous sentence names ('His Foreign Minister, X') given to {string.Join(", ", carried.Select(p => p.Id))}");
            if (governed.Count > 0) trace.Line($"the country of the government they act for ('signed for the government') given to {string.Join(", ", governed.Select(p => p.Id))}");
            if (principals.Count > 0) trace.Line($"the country of the agent acting for them ('X signed on behalf of President Y') given to {string.Join(", ", principals.Select(p => p.Id))}");
            if (retinue.Count > 0) trace.Line($"the country of the leader whose travelling party they are in ('X was accompanied by Y') given to {string.Join(", ", retinue.Select(p => p.Id))}");
            if (sides.Count > 0) trace.Line($"the country naming the side, delegation or team they are listed under ('On the X side, A and B') given to {string.Join(", ", sides.Select(p => p.Id))}");
            if (sovereigns.Count > 0) trace.Line($"the realm their sovereign's style names ('Tsar X') given to {string.Join(", ", sovereigns.Select(p => p.Id))}");
            if (ruled.Count > 0) trace.Line($"the country of the ruler they acted for ('X signed for the Sultan') given to {string.Join(", ", ruled.Select(p => p.Id))}");
            if (sent.Count > 0) trace.Line($"the country of the ruler who sent them ('Tsar X sent A and B') given to {string.Join(", ", sent.Select(p => p.Id))}");
            if (titled.Count > 0) trace.Line($"the country of the ruler or leader a bare title owning their office stands for ('the sultan's envoy, X') given to {string.Join(", ", titled.Select(p => p.Id))}");
            if (appointed.Count > 0) trace.Line($"the country owning the post they were appointed to ('X was named Ruritania's envoy') given to {string.Join(", ", appointed.Select(p => p.Id))}");
            if (identified.Count > 0) trace.Line($"the country owning the post they are named as holding ('Ruritania's envoy was X') given to {string.Join(", ", identified.Select(p => p.Id))}");
            if (owned.Count > 0) trace.Line($"the country of the leader owning the office given to {string.Join(", ", owned.Select(p => p.Id))}");
            if (pairs.Count > 0) trace.Line($"the other principal country given to the second of a pair under a plural office: {string.Join(", ", pairs.Select(p => p.Id))}");
            if (paired.Count > 0) trace.Line($"the other principal country given to officials paired with a marked counterpart: {string.Join(", ", paired.Select(p => p.Id))}");
            foreach (var m in all)
                trace.Line($"[{m.Sentence.Index}] '{m.Surface}' -> {m.EntityId ?? "(dropped: no evidence it names anything)"}" +
                           (m.Rule.StartsWith("a named person's family name", StringComparison.Ordinal) ? $"  <- {m.Rule}" : ""));
            foreach (var m in venueNouns) trace.Line($"[{m.Sentence.Index}] the venue noun at token {m.TokenStart} -> {m.EntityId}  <- {m.Rule}");
            foreach (var e in registry.All)
                trace.Line($"{e.Type} {e.Id} \"{e.Name}\"" + (e.Roles is { Count: > 0 } ? $" roles: {string.Join("; ", e.Roles)}" : ""));
            GraphStage.TraceRelationships(trace, relationships, 0);
        }
        return result;
    }
}
