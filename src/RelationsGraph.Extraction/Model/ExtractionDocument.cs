namespace RelationsGraph.Extraction.Model;

/// <summary>
/// The graph one article supports, before it is merged into the database
/// (see docs/extraction-format.md). Serialise it with <see cref="ExtractionJson"/>.
/// </summary>
public sealed class ExtractionDocument
{
    public ArticleMetadata Article { get; set; } = new();
    public List<ExtractedEntity> Entities { get; set; } = [];
    public List<ExtractedRelationship> Relationships { get; set; } = [];
}

/// <summary>The article node: where the text came from and its cleaned form.</summary>
public sealed class ArticleMetadata
{
    /// <summary>Stable key: "article:" + the file's stem.</summary>
    public string Id { get; set; } = "";
    public string? Title { get; set; }
    /// <summary>ISO date (yyyy-MM-dd) or null when the article does not say.</summary>
    public string? Published { get; set; }
    public string? Source { get; set; }
    public string? Path { get; set; }
    /// <summary>Lowercase hex SHA-256 of <see cref="Text"/>.</summary>
    public string? Sha256 { get; set; }
    /// <summary>The cleaned article text that evidence sentences are taken from.</summary>
    public string? Text { get; set; }
}

/// <summary>
/// One node. <see cref="Type"/> is a graph label (Person, Country, Meeting, Agreement, Place,
/// Organization); fields that do not apply to the label stay null and are not written.
/// </summary>
public sealed class ExtractedEntity
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    /// <summary>How often the article names it (the MENTIONS count).</summary>
    public int Mentions { get; set; }
    public List<string>? Roles { get; set; }
    public string? Iso2 { get; set; }
    public string? Kind { get; set; }
    public string? Date { get; set; }
    public string? Place { get; set; }
    public string? Status { get; set; }
    public int? Year { get; set; }
}

/// <summary>One edge, in the graph model's direction, with the sentence behind it.</summary>
public sealed class ExtractedRelationship
{
    public string Type { get; set; } = "";
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    /// <summary>REPRESENTS: the office; ATTENDED: host, guest or participant.</summary>
    public string? Role { get; set; }
    public string Evidence { get; set; } = "";
    public double Confidence { get; set; }
}
