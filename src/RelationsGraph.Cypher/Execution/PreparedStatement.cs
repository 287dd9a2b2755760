using RelationsGraph.Cypher.Planning;
using RelationsGraph.Cypher.Semantics;
using RelationsGraph.Cypher.Syntax;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Execution;

/// <summary>A parsed and bound statement, with what the front door needs to pick a transaction.</summary>
internal sealed record PreparedStatement(string Text, BoundStatement Bound, string? WritingClause, int Nesting)
{
    public Statement Statement => Bound.Syntax;

    /// <summary>EXPLAIN plans without running, PROFILE runs and measures; None runs plainly.</summary>
    public PlanMode Mode { get; init; }

    /// <summary>Whether running the statement changes the store: an EXPLAIN of a writing query does not.</summary>
    public bool Writes => WritingClause is not null && Mode != PlanMode.Explain;

    /// <summary>The plan of the last completed read run, for the next (see PlanCache).</summary>
    public PlanCache Plans { get; } = new();

    /// <summary>Parses and checks within the statement's limits; the cancellation token carries its time limit.</summary>
    public static PreparedStatement Prepare(string text, QueryOptions options, CancellationToken cancellation)
    {
        CheckLength(text, options);
        var (mode, query) = PlanPrefix.Split(text);
        var statement = CypherParser.Parse(query, options.MaxNestingDepth, cancellation, out var nesting);
        var bound = SemanticAnalyzer.Bind(statement, cancellation);
        return new PreparedStatement(text, bound, WritingClauses.FirstIn(statement), nesting) { Mode = mode };
    }

    public void EnsureWithinLimits(QueryOptions options)
    {
        CheckLength(Text, options);
        if (Nesting > options.MaxNestingDepth)
            throw new CypherException("SyntaxError", "NestingTooDeep", ErrorPhase.Compile,
                $"The query is nested more than {options.MaxNestingDepth} levels deep.");
    }

    private static void CheckLength(string text, QueryOptions options)
    {
        if (text.Length > options.MaxQueryLength)
            throw new CypherException("SyntaxError", "QueryTooLong", ErrorPhase.Compile,
                $"The query is {text.Length} characters long, more than the limit of {options.MaxQueryLength}; pass large data as parameters.");
    }

    public void EnsureAllowed(QueryOptions options)
    {
        if (options.ReadOnly && Writes)
            throw new CypherException("AccessMode", "WriteInReadOnlyMode", ErrorPhase.Compile, $"{WritingClause} is not allowed in read-only mode.");
    }
}
