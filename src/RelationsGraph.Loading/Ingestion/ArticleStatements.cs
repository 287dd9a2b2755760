using System.Security.Cryptography;
using System.Text;
using RelationsGraph.Extraction.Model;
using RelationsGraph.Loading.Catalog;

namespace RelationsGraph.Loading.Ingestion;

/// <summary>
/// Turns one article's extraction into the parameterised statements of cypher/load/ that write it:
/// the Article node, its entities by label (each linked to the article by MENTIONS), then its
/// relationships grouped by (from label, type, to label). Every value goes as a parameter.
/// </summary>
public sealed class ArticleStatements
{
    private ArticleStatements(string articleId, string sha256, IReadOnlyList<(string Cypher, IReadOnlyDictionary<string, object?>? Parameters)> statements,
        int entityCount, int relationshipCount)
    {
        ArticleId = articleId;
        Sha256 = sha256;
        Statements = statements;
        EntityCount = entityCount;
        RelationshipCount = relationshipCount;
    }

    public string ArticleId { get; }
    public string Sha256 { get; }
    public IReadOnlyList<(string Cypher, IReadOnlyDictionary<string, object?>? Parameters)> Statements { get; }
    public int EntityCount { get; }
    /// <summary>Model relationships written (MENTIONS not counted).</summary>
    public int RelationshipCount { get; }

    public static string HashText(string cleanedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cleanedText)));

    /// <summary>The statements for one extraction; its Article.Text is the cleaned text stored and hashed.</summary>
    public static ArticleStatements Build(ExtractionDocument document, string path)
    {
        var article = document.Article;
        if (string.IsNullOrEmpty(article.Id)) throw new FormatException("the extraction has no article id");
        var text = article.Text ?? throw new FormatException("the extraction carries no cleaned text");
        var sha256 = string.IsNullOrEmpty(article.Sha256) ? HashText(text) : article.Sha256;
        var entities = MergeDuplicateEntities(document.Entities);
        var labelById = entities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);

        var statements = new List<(string, IReadOnlyDictionary<string, object?>?)>
        {
            (CypherCatalog.Get("load/merge-article"), new Dictionary<string, object?>
            {
                ["article"] = article.Id,
                ["title"] = article.Title,
                ["published"] = article.Published,
                ["source"] = article.Source,
                ["path"] = article.Path ?? path,
                ["sha256"] = sha256,
                ["text"] = text,
            }),
        };

        foreach (var group in entities.GroupBy(e => e.Type))
        {
            statements.Add((CypherCatalog.Get($"load/merge-{group.Key.ToLowerInvariant()}"),
                Batch(article.Id, group.Select(EntityRow))));
        }

        var relationships = StrongestPerEdge(document.Relationships, labelById);
        foreach (var group in relationships.GroupBy(r => (From: labelById[r.From], r.Type, To: labelById[r.To])))
        {
            var template = CypherCatalog.Render("load/merge-relationship", new Dictionary<string, string>
            {
                ["FromLabel"] = group.Key.From, ["Type"] = group.Key.Type, ["ToLabel"] = group.Key.To,
            });
            statements.Add((template, Batch(article.Id, group.Select(RelationshipRow))));
        }
        return new ArticleStatements(article.Id, sha256, statements, entities.Count, relationships.Count);
    }

    private static Dictionary<string, object?> Batch(string articleId, IEnumerable<Dictionary<string, object?>> rows) => new()
    {
        ["article"] = articleId,
        ["batch"] = rows.Cast<object?>().ToList(),
    };

    // One article may name an entity twice (two spellings resolved to one id): one row, aliases united.
    private static List<ExtractedEntity> MergeDuplicateEntities(IReadOnlyList<ExtractedEntity> entities)
    {
        var merged = new List<ExtractedEntity>();
        foreach (var group in entities.GroupBy(e => e.Id, StringComparer.Ordinal))
        {
            var first = group.First();
            if (string.IsNullOrEmpty(first.Id)) throw new FormatException("an entity has no id");
            if (!GraphModel.IsEntityLabel(first.Type))
                throw new FormatException($"entity {first.Id} has type '{first.Type}', which is not a label of the graph model");
            if (group.Any(e => e.Type != first.Type))
                throw new FormatException($"entity {first.Id} is given two types");
            merged.Add(new ExtractedEntity
            {
                Id = first.Id,
                Type = first.Type,
                Name = first.Name.Length > 0 ? first.Name : first.Id,
                Aliases = Distinct(group.SelectMany(e => e.Aliases.Prepend(e.Name))),
                Mentions = group.Sum(e => e.Mentions),
                Roles = Distinct(group.SelectMany(e => e.Roles ?? [])),
                Iso2 = group.Select(e => e.Iso2).FirstOrDefault(v => v is not null),
                Kind = group.Select(e => e.Kind).FirstOrDefault(v => v is not null),
                Date = group.Select(e => e.Date).FirstOrDefault(v => v is not null),
                Place = group.Select(e => e.Place).FirstOrDefault(v => v is not null),
                Status = group.Select(e => e.Status).FirstOrDefault(v => v is not null),
                Year = group.Select(e => e.Year).FirstOrDefault(v => v is not null),
            });
        }
        return merged;
    }

    private static List<string> Distinct(IEnumerable<string> values) =>
        values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal).ToList();

    // The rows carry exactly the fields the label's merge statement reads (null when unknown).
    private static Dictionary<string, object?> EntityRow(ExtractedEntity entity)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entity.Id,
            ["name"] = entity.Name,
            ["aliases"] = entity.Aliases.Cast<object?>().ToList(),
            ["count"] = (long)Math.Max(1, entity.Mentions), // the MENTIONS count
        };
        switch (entity.Type)
        {
            case "Person":
                row["roles"] = (entity.Roles ?? []).Cast<object?>().ToList();
                break;
            case "Country":
                row["iso2"] = entity.Iso2;
                break;
            case "Meeting":
                row["kind"] = entity.Kind;
                row["date"] = entity.Date;
                row["place"] = entity.Place;
                row["status"] = entity.Status;
                break;
            case "Agreement":
                row["kind"] = entity.Kind;
                row["year"] = (long?)entity.Year; // the engine's integers are 64-bit
                row["date"] = entity.Date;
                break;
        }
        return row;
    }

    // Provenance pairs one sentence with each source article, so an article contributes one
    // relationship row per edge: the most confident of its sentences for that edge.
    private static List<ExtractedRelationship> StrongestPerEdge(IReadOnlyList<ExtractedRelationship> relationships,
        IReadOnlyDictionary<string, string> labelById)
    {
        foreach (var r in relationships)
        {
            if (!GraphModel.IsRelationshipType(r.Type))
                throw new FormatException($"relationship type '{r.Type}' is not in the graph model");
            if (!labelById.ContainsKey(r.From) || !labelById.ContainsKey(r.To))
                throw new FormatException($"{r.Type} relationship from {r.From} to {r.To} names an entity the extraction does not hold");
        }
        return relationships
            .GroupBy(r => (r.Type, r.From, r.To))
            .Select(g => g.OrderByDescending(r => r.Confidence).First())
            .ToList();
    }

    private static Dictionary<string, object?> RelationshipRow(ExtractedRelationship r) => new(StringComparer.Ordinal)
    {
        ["from"] = r.From,
        ["to"] = r.To,
        ["evidence"] = r.Evidence,
        ["confidence"] = r.Confidence,
        ["role"] = r.Role,
    };
}
