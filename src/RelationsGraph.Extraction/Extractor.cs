using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Model;
using RelationsGraph.Extraction.Reading;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction;

/// <summary>
/// Extracts the graph one article supports: sentences → names → people, countries, places and
/// organizations (with coreference) → meetings → agreements → one <see cref="ExtractionDocument"/>.
/// Thread-safe: an instance holds only read-only knowledge.
/// </summary>
/// <example><code>
/// var article = ArticleReader.Read("samples/nara.txt");
/// var document = new Extractor().Extract(article);
/// File.WriteAllText("out/nara.json", ExtractionJson.Serialize(document));
/// </code></example>
public sealed class Extractor(KnowledgeBase knowledge)
{
    private readonly MentionFinder _mentions = new(knowledge);

    /// <summary>An extractor with the built-in knowledge files.</summary>
    public Extractor() : this(KnowledgeBase.Default) { }

    public ExtractionDocument Extract(Article article)
    {
        var sentences = SentenceSplitter.Split(article.Text);
        var mentionsBySentence = sentences.Select(s => _mentions.Find(s)).ToList();
        var allMentions = mentionsBySentence.SelectMany(m => m).ToList();

        var resolver = new PersonResolver(knowledge);
        resolver.Resolve(allMentions);
        var registry = new EntityRegistry();
        var relationships = new RelationshipSet();
        new EntityCollector(knowledge, registry, relationships).Collect(allMentions, resolver.People);
        // Keep only mentions that became entities (unresolved name candidates are dropped).
        mentionsBySentence = mentionsBySentence.Select(list => list.Where(m => m.EntityId is not null).ToList()).ToList();

        var dates = sentences.Select(s => DateResolver.Find(s, article.Published)).ToList();
        StoryYear.Carry(sentences, dates);
        var meetingMentions = sentences.SelectMany(s => MeetingMentionFinder.Find(s, mentionsBySentence[s.Index], dates[s.Index])).ToList();
        SummitDating.Apply(meetingMentions, dates, ArticleYear.Of(article.Published, resolver.People, knowledge));
        // One person may be resolved under one id more than once; the first country known wins.
        var countryOfPerson = new Dictionary<string, string?>();
        foreach (var p in resolver.People)
            if (countryOfPerson.GetValueOrDefault(p.Id) is null) countryOfPerson[p.Id] = p.Iso2;
        var meetings = MeetingClusterer.Cluster(meetingMentions, id => countryOfPerson.GetValueOrDefault(id));
        new MeetingGraphBuilder(registry, relationships, resolver.People)
            .Build(meetings, DatelineVenue.Resolve(article.DatelinePlace, article.Published, knowledge));

        var reportedMeeting = ReportedMeetingsBySentence(meetings);
        var agreementMentions = sentences.SelectMany(s => AgreementMentionFinder.Find(s, mentionsBySentence[s.Index], dates[s.Index])).ToList();
        var agreements = AgreementClusterer.Cluster(agreementMentions, s => reportedMeeting.GetValueOrDefault(s.Index) ?? MeetingOfGroup(s, meetings),
            m => SummitUnderDiscussion(meetings, m.Year));
        new AgreementGraphBuilder(knowledge, registry, relationships, resolver.People).Build(agreements, PrincipalCountries(registry));

        return new ExtractionDocument
        {
            Article = new ArticleMetadata
            {
                Id = "article:" + article.Name, Title = article.Title, Published = article.Published?.ToString("yyyy-MM-dd"),
                Source = article.Source, Path = article.Path, Sha256 = article.Sha256, Text = article.Text,
            },
            Entities = registry.All.ToList(),
            Relationships = relationships.All.ToList(),
        };
    }

    /// <summary>Sentence index → the held, non-ceremonial meeting it reports (what agreements come out of).</summary>
    private static Dictionary<int, Meeting> ReportedMeetingsBySentence(IEnumerable<Meeting> meetings)
    {
        var map = new Dictionary<int, Meeting>();
        foreach (var meeting in meetings.Where(m => m.Id is not null && m.Held && !m.IsCeremonial))
            foreach (var mention in meeting.Mentions)
                map.TryAdd(mention.Sentence.Index, meeting);
        return map;
    }

    /// <summary>"The two leaders signed ...": the latest held meeting of several people reported before this sentence.</summary>
    private static Meeting? MeetingOfGroup(Sentence sentence, IEnumerable<Meeting> meetings) =>
        !GroupReference.In(sentence) ? null : meetings
            .Where(m => m.Id is not null && m.Held && !m.IsCeremonial && m.Participants.Count >= 2 && m.Mentions[0].Sentence.Index <= sentence.Index)
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

    /// <summary>The two countries the article names most: "the two countries" means them.</summary>
    private static List<string> PrincipalCountries(EntityRegistry registry) =>
        registry.All.Where(e => e.Type == "Country").OrderByDescending(e => e.Mentions).Take(2).Select(e => e.Id).ToList();
}
