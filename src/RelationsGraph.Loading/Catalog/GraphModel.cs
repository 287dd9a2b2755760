namespace RelationsGraph.Loading.Catalog;

/// <summary>The labels and relationship types of docs/graph-model.md: the only names a statement template may receive.</summary>
public static class GraphModel
{
    public const string ArticleLabel = "Article";
    public const string MentionsType = "MENTIONS";

    public static readonly IReadOnlyList<string> EntityLabels =
        ["Person", "Country", "Meeting", "Agreement", "Place", "Organization"];

    public static readonly IReadOnlyList<string> RelationshipTypes =
        ["REPRESENTS", "ATTENDED", "HELD_IN", "PRODUCED", "SIGNED", "PARTY_TO", "REAFFIRMS", "LOCATED_IN", "MEMBER_OF", "AFFILIATED_WITH"];

    public static bool IsEntityLabel(string label) => EntityLabels.Contains(label, StringComparer.Ordinal);

    public static bool IsRelationshipType(string type) => RelationshipTypes.Contains(type, StringComparer.Ordinal);

    public static bool IsKnownName(string name) =>
        IsEntityLabel(name) || IsRelationshipType(name) || name is ArticleLabel or MentionsType;
}
