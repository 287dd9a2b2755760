namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>The db.* procedures a console user expects.</summary>
internal static class BuiltInProcedures
{
    public static IEnumerable<Procedure> All() =>
    [
        new("db.labels", [], [new("label", "STRING?")], (context, _) =>
            Distinct(context.Reader.AllNodes().SelectMany(n => context.Reader.LabelsOf(n))).Select(label => new object?[] { label })),
        new("db.relationshipTypes", [], [new("relationshipType", "STRING?")], (context, _) =>
            Distinct(context.Reader.AllRelationships().Select(r => r.Type)).Select(type => new object?[] { type })),
        new("db.propertyKeys", [], [new("propertyKey", "STRING?")], (context, _) =>
            Distinct(context.Reader.AllNodes().SelectMany(n => context.Reader.PropertiesOf(n).Keys)
                .Concat(context.Reader.AllRelationships().SelectMany(r => context.Reader.PropertiesOf(r).Keys))).Select(key => new object?[] { key })),
        new("db.schema.visualization", [], [new("nodes", "LIST<NODE>?"), new("relationships", "LIST<RELATIONSHIP>?")], (context, _) =>
            [SchemaVisualization.Build(context.Reader)]),
    ];

    private static IEnumerable<string> Distinct(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
}
