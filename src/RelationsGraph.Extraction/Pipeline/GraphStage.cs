using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Model;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Pipeline;

/// <summary>Stage 8: the graph with evidence, as the extraction document of the article.</summary>
internal sealed class GraphStage
{
    public ExtractionDocument Run(Article article, ResolvedEntities entities, ExtractionTrace? trace)
    {
        var document = new ExtractionDocument
        {
            Article = new ArticleMetadata
            {
                Id = "article:" + article.Name, Title = article.Title, Published = article.Published?.ToString("yyyy-MM-dd"),
                Source = article.Source, Path = article.Path, Sha256 = article.Sha256, Text = article.Text,
            },
            Entities = entities.Registry.All.ToList(),
            Relationships = entities.Relationships.All.ToList(),
        };
        if (trace is not null)
        {
            trace.Stage("graph with evidence", $"{document.Entities.Count} entities, {document.Relationships.Count} relationships");
            foreach (var group in document.Entities.GroupBy(e => e.Type))
                trace.Line($"{group.Key}: {string.Join(", ", group.Select(e => e.Id))}");
        }
        return document;
    }

    /// <summary>The relationships added since <paramref name="from"/>, each with its evidence sentence and the rule that made it.</summary>
    internal static void TraceRelationships(ExtractionTrace trace, RelationshipSet relationships, int from)
    {
        for (var i = from; i < relationships.All.Count; i++)
        {
            var r = relationships.All[i];
            trace.Line($"{r.Type} {r.From} -> {r.To}{(r.Role is null ? "" : $" ({r.Role})")}  <- {relationships.RuleAt(i)}; from {ExtractionTrace.Quote(r.Evidence)}");
        }
    }
}
