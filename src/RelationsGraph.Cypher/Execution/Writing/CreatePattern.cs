using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Writing;

/// <summary>A node of a CREATE/MERGE pattern: reuse the bound node in Slot, or create one with these labels and properties.</summary>
internal sealed record NodeToCreate(int Slot, string Name, bool Bound, string[] Labels, PropertySource Properties);

/// <summary>A relationship to create between two of the part's nodes (indexes into its node list), already oriented start → end.</summary>
internal sealed record RelationshipToCreate(int Slot, string Name, string Type, int StartIndex, int EndIndex, PropertySource Properties);

/// <summary>One pattern part of a CREATE or the pattern of a MERGE, with its optional path variable.</summary>
internal sealed record PatternToCreate(NodeToCreate[] Nodes, RelationshipToCreate[] Relationships, int PathSlot, PathTemplate? Path)
{
    /// <summary>Creates the missing entities into row (which the caller owns), binding their slots.</summary>
    // Optimised at once: a bulk import runs it per row, and its first rows would otherwise run in the unoptimised first tier.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Create(object?[] row, ExecutionContext context, bool merging)
    {
        foreach (var node in Nodes)
        {
            if (node.Bound) continue;
            if (merging) node.Properties.EnsureNoNulls(row, context, "node");
            row[node.Slot] = GraphMutations.CreateNode(context, node.Labels, node.Properties.Evaluate(row, context));
        }
        foreach (var relationship in Relationships)
        {
            if (merging) relationship.Properties.EnsureNoNulls(row, context, "relationship");
            var start = EndPoint(context.Reader, row, Nodes[relationship.StartIndex], relationship);
            var end = EndPoint(context.Reader, row, Nodes[relationship.EndIndex], relationship);
            row[relationship.Slot] = GraphMutations.CreateRelationship(context, start, end, relationship.Type, relationship.Properties.Evaluate(row, context));
        }
        if (Path is not null) row[PathSlot] = Path.Build(context.Reader, row);
    }

    private static NodeEntity EndPoint(IGraphReader reader, object?[] row, NodeToCreate node, RelationshipToCreate relationship) => row[node.Slot] switch
    {
        NodeEntity entity when !reader.IsDeleted(entity) => entity,
        NodeEntity => throw new CypherException("EntityNotFound", "DeletedEntityAccess", ErrorPhase.Runtime,
            $"Failed to create relationship `{relationship.Name}`, node `{node.Name}` has been deleted."),
        null => throw new CypherException("SemanticError", "CreateWithNull", ErrorPhase.Runtime,
            $"Failed to create relationship `{relationship.Name}`, node `{node.Name}` is missing. If you prefer to simply ignore rows where a relationship node is missing, set 'cypher.lenient_create_relationship = true'."),
        var other => throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
            $"Expected `{node.Name}` to be a Node but it was a {CypherTypes.NameOf(other)}."),
    };
}

/// <summary>CREATE: creates the pattern's parts, in order, once per row.</summary>
internal sealed class CreateOperator(Operator input, PatternToCreate[] parts) : Operator
{
    public override string Name => "Create";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);
    public override bool YieldsFreshRows => true; // one output per input row, a copy or the input's fresh row

    private CreateRun? idle;
    private Operator Source => input; // the constructor's parameters, for the nested run
    private PatternToCreate[] Parts => parts;

    // Under CALL { } a CREATE runs once per imported row: the run is kept and reused (ReusableRun).
    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var run = idle ?? new CreateRun(this);
        idle = null;
        return run.Start(context, argument);
    }

    private sealed class CreateRun(CreateOperator owner) : ReusableRun
    {
        private IEnumerator<object?[]>? rows;

        protected override void OnStart() { }

        public override bool MoveNext()
        {
            // The input opens on the first MoveNext, as a compiler-made iterator's body starts there.
            rows ??= owner.Source.Run(Context, Argument).GetEnumerator();
            if (!rows.MoveNext()) return false;
            Context.CheckInterrupt();
            var output = Owned(owner.Source, rows.Current);
            foreach (var part in owner.Parts) part.Create(output, Context, merging: false);
            Current = output;
            return true;
        }

        protected override void OnEnd()
        {
            rows?.Dispose();
            rows = null;
        }

        protected override void Release() => owner.idle = this;
        protected override ReusableRun Copy() => new CreateRun(owner);
    }
}
