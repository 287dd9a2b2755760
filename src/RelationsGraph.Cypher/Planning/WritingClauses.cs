using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>Which clauses of a statement write, so read-only mode can refuse them by name and reads can use a read transaction.</summary>
internal static class WritingClauses
{
    /// <summary>The name of the first writing clause ("CREATE", "DETACH DELETE", "CREATE INDEX", ...), or null for a read-only statement.</summary>
    public static string? FirstIn(Statement statement) => statement switch
    {
        SingleQuery query => FirstIn(query),
        UnionQuery union => union.Parts.Select(FirstIn).FirstOrDefault(name => name is not null),
        CreateIndex => "CREATE INDEX",
        DropIndex => "DROP INDEX",
        CreateConstraint => "CREATE CONSTRAINT",
        DropConstraint => "DROP CONSTRAINT",
        _ => null,
    };

    private static string? FirstIn(SingleQuery query)
    {
        foreach (var clause in query.Clauses)
        {
            var name = clause switch
            {
                CreateClause => "CREATE",
                MergeClause => "MERGE",
                SetClause => "SET",
                RemoveClause => "REMOVE",
                DeleteClause { Detach: true } => "DETACH DELETE",
                DeleteClause => "DELETE",
                CallSubqueryClause subquery => FirstIn(subquery.Query),
                _ => null,
            };
            if (name is not null) return name;
        }
        return null;
    }
}
