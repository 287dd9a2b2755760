using System.Security.Cryptography;
using System.Text;
using RelationsGraph.Extraction.Model;
using RelationsGraph.Loading.Catalog;

namespace RelationsGraph.Loading.Ingestion;

/// <summary>
/// One article's extraction as the parameter rows of the cypher/load/ statements: its Article row,
/// its entity rows by label and its relationship rows by (from label, type, to label). Every row
/// names its article, so the rows of many articles can go into one statement (see BatchStatements).
/// Building checks the extraction against the graph model, so a bad file fails before any write.
/// </summary>
public sealed class ArticleRows
{
    private ArticleRows(string path, string articleId, string sha256, Dictionary<string, object?> article,
        IReadOnlyList<(string Label, Dictionary<string, object?> Row)> entities,
        IReadOnlyList<EdgeRow> relationships)
    {
        Path = path;
        ArticleId = articleId;
        Sha256 = sha256;
        Article = article;
        Entities = entities;
        Relationships = relationships;
    }

    public string Path { get; }
    public string ArticleId { get; }
    public string Sha256 { get; }
    public IReadOnlyDictionary<string, object?> Article { get; }
    public IReadOnlyList<(string Label, Dictionary<string, object?> Row)> Entities { get; }
    /// <summary>Model relationships (MENTIONS not included): one row per edge, the most confident sentence.</summary>
    public IReadOnlyList<EdgeRow> Relationships { get; }
    public int EntityCount => Entities.Count;
    public int RelationshipCount => Relationships.Count;

    /// <summary>The same rows under another article id (see ArticleIdentity): every row names its article.</summary>
    public ArticleRows WithArticleId(string articleId)
    {
        var article = new Dictionary<string, object?>(Article, StringComparer.Ordinal) { ["id"] = articleId };
        var entities = Entities.Select(e => (e.Label, new Dictionary<string, object?>(e.Row, StringComparer.Ordinal) { ["article"] = articleId })).ToList();
        var relationships = Relationships.Select(r => r with { ArticleId = articleId }).ToList();
        return new ArticleRows(Path, articleId, Sha256, article, entities, relationships);
    }

    public static string HashText(string cleanedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cleanedText)));

    /// <summary>The rows for one extraction; its Article.Text is the cleaned text stored and hashed.</summary>
    public static ArticleRows Build(ExtractionDocument document, string path)
    {
        var article = document.Article;
        if (string.IsNullOrEmpty(article.Id)) throw new FormatException("the extraction has no article id");
        var text = article.Text ?? throw new FormatException("the extraction carries no cleaned text");
        var sha256 = string.IsNullOrEmpty(article.Sha256) ? HashText(text) : article.Sha256;
        var entities = MergeDuplicateEntities(document.Entities);
        var labelById = entities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);

        var articleRow = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = article.Id,
            ["title"] = FallbackTitle.For(article.Title, text),
            ["published"] = article.Published,
            ["source"] = article.Source,
            ["path"] = article.Path ?? path,
            ["sha256"] = sha256,
            ["text"] = text,
        };
        var entityRows = entities.Select(e => (e.Type, EntityRow(article.Id, e))).ToList();
        var relationshipRows = StrongestPerEdge(document.Relationships, labelById)
            .Select(r => new EdgeRow(new RelationshipKey(labelById[r.From], r.Type, labelById[r.To]), r.From, r.To,
                article.Id, r.Evidence ?? "", r.Confidence, r.Role))
            .ToList();
        return new ArticleRows(path, article.Id, sha256, articleRow, entityRows, relationshipRows);
    }

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
    private static Dictionary<string, object?> EntityRow(string articleId, ExtractedEntity entity)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["article"] = articleId,
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
}

/// <summary>The labels and type one merge-relationship statement is rendered for.</summary>
public readonly record struct RelationshipKey(string FromLabel, string Type, string ToLabel);

/// <summary>One article's evidence for one edge (its most confident sentence).</summary>
public sealed record EdgeRow(RelationshipKey Key, string From, string To, string ArticleId, string Evidence, double Confidence, string? Role);
