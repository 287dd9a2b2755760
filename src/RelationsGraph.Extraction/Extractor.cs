using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Model;
using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction;

/// <summary>
/// Extracts the graph one article supports through the pipeline's named stages, composed here and
/// nowhere else: (reading → cleaning, in <see cref="ArticleReader"/>) → sentences and tokens → name
/// mentions → entity resolution and coreference → dates → meetings → agreements → graph with evidence.
/// Each stage is one class with a typed output. Thread-safe: an instance holds only read-only knowledge.
/// </summary>
/// <example><code>
/// var article = ArticleReader.Read("samples/nara.txt");
/// var document = new Extractor().Extract(article);
/// File.WriteAllText("out/nara.json", ExtractionJson.Serialize(document));
/// </code></example>
public sealed class Extractor(KnowledgeBase knowledge)
{
    private readonly SentenceStage _sentences = new();
    private readonly MentionStage _mentions = new(knowledge);
    private readonly EntityResolutionStage _entities = new(knowledge);
    private readonly DatingStage _dates = new(knowledge);
    private readonly MeetingStage _meetings = new(knowledge);
    private readonly AgreementStage _agreements = new(knowledge);
    private readonly GraphStage _graph = new();

    /// <summary>An extractor with the built-in knowledge files.</summary>
    public Extractor() : this(KnowledgeBase.Default) { }

    public ExtractionDocument Extract(Article article) => Extract(article, null);

    /// <summary>Extracts, writing every stage's output into <paramref name="trace"/> when one is given.</summary>
    public ExtractionDocument Extract(Article article, ExtractionTrace? trace)
    {
        var sentences = _sentences.Run(article, trace);
        var mentions = _mentions.Run(sentences, trace);
        var entities = _entities.Run(mentions, article.DatelinePlace, trace, sentences.Sentences, article.Published?.Year);
        var dates = _dates.Run(article, sentences, entities, trace);
        var meetings = _meetings.Run(article, sentences, entities, dates, trace);
        _agreements.Run(sentences, entities, dates, meetings, trace);
        return _graph.Run(article, entities, trace);
    }
}
