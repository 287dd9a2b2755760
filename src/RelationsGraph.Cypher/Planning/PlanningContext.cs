using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Planning;

/// <summary>What the planners of one statement share: the row layout, the store (for index choices) and the parameters.</summary>
internal sealed class PlanningContext
{
    public PlanningContext(IGraphReader reader, IReadOnlyDictionary<string, object?> parameters, ProcedureCatalog procedures,
        Semantics.ExpressionBindings bindings, CancellationToken cancellation = default)
    {
        Bindings = bindings;
        Cancellation = cancellation;
        Reader = reader;
        Parameters = parameters;
        Procedures = procedures;
        Expressions = new ExpressionCompiler(this);
        Matches = new MatchPlanner(this);
    }

    public SlotLayout Layout { get; } = new();
    public IGraphReader Reader { get; }
    public IReadOnlyDictionary<string, object?> Parameters { get; }
    public ProcedureCatalog Procedures { get; }
    /// <summary>The EXISTS/COUNT/COLLECT queries the semantic pass bound inside expressions.</summary>
    public Semantics.ExpressionBindings Bindings { get; }
    public ExpressionCompiler Expressions { get; }
    public MatchPlanner Matches { get; }
    /// <summary>The statement's time limit: planning a query of 20,000 clauses takes a while, and counts.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>
    /// Projections a rewrite feeds with one row per node of a variable (StoreCountRewrite's degree counts), with the
    /// node's labels: grouping by that node, or by a property a unique constraint of one of the labels covers, then
    /// needs no grouping table (ProjectionPlanner passes AggregateOperator the key that is distinct per row).
    /// </summary>
    public Dictionary<Semantics.BoundProjection, OneRowPerNode> OneRowPerNode { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The parameters the plan reads, each at its index into ExecutionContext.ParameterValues: compiled plans read
    /// a parameter from the run's values rather than holding its value, so one plan serves every run (PlanCache).
    /// </summary>
    public ParameterSlots ParameterSlots { get; } = new();

    /// <summary>Set when the plan called on the procedure catalog, which can change between runs: such a plan is not kept.</summary>
    public bool ResolvedProcedures { get; set; }

    /// <summary>The statement as typed, so plan details can quote the user's own expressions.</summary>
    public string QueryText { get; init; } = "";

    /// <summary>The source text of a piece of the query, for EXPLAIN's details column.</summary>
    public string TextOf(Syntax.Ast.SyntaxNode? node)
    {
        if (node is null) return "";
        var span = node.Span;
        if (span.Offset < 0 || span.Length <= 0 || span.Offset + span.Length > QueryText.Length) return "";
        return QueryText.Substring(span.Offset, span.Length);
    }
}

/// <summary>A projection's input has one row per node bound to Variable, a node carrying Labels.</summary>
internal sealed record OneRowPerNode(string Variable, IReadOnlyList<string> Labels);
