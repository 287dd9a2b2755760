using RelationsGraph.Cypher.Planning;
using RelationsGraph.Cypher.Semantics;
using RelationsGraph.Cypher.Syntax;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Execution;

/// <summary>A parsed and checked statement, with what the front door needs to pick a transaction.</summary>
internal sealed record PreparedStatement(string Text, Statement Statement, string? WritingClause)
{
    public bool Writes => WritingClause is not null;

    public static PreparedStatement Prepare(string text)
    {
        var statement = CypherParser.Parse(text);
        SemanticAnalyzer.Analyze(statement);
        return new PreparedStatement(text, statement, WritingClauses.FirstIn(statement));
    }

    public void EnsureAllowed(QueryOptions options)
    {
        if (options.ReadOnly && WritingClause is not null)
            throw new CypherException("AccessMode", "WriteInReadOnlyMode", ErrorPhase.Compile, $"{WritingClause} is not allowed in read-only mode.");
    }
}
