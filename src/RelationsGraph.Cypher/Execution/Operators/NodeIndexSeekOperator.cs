using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// Finds nodes by (label, key) = value through the store's index or unique constraint; falls back to
/// a label scan if the index went away. A null value matches nothing, as null = x is never true.
/// With many, the value is a list (n.key IN list) and each distinct element is sought.
/// Covered: the planner found the pattern asks nothing but (n:label {key: value}), the value sought, so
/// the pattern's map is neither evaluated a second time nor gathered into an array per row.
/// integerValue: the value's unboxed reading when it has one (toInteger of a LOAD CSV field): the seek then asks the
/// store with the long itself and boxes it only where a check needs it as a value.
/// </summary>
internal sealed class NodeIndexSeekOperator(Operator input, int slot, string label, string key, Evaluator value, EntityConstraint constraint,
    bool many = false, bool covered = false, IntegerEvaluator? integerValue = null) : Operator
{
    public override string Name => many ? "NodeIndexSeek(IN)" : "NodeIndexSeek";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);
    public override bool YieldsFreshRows => true;

    private OneValueRun? idle;
    // The constructor's parameters, for the nested run.
    private Operator Source => input;
    private EntityConstraint Constraint => constraint;
    private string Label => label;
    private string Key => key;
    private bool Covered => covered;
    private Evaluator Value => value;
    private IntegerEvaluator? IntegerValue => integerValue;
    private int Slot => slot;

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        if (many) return ExecuteMany(context, argument);
        var run = idle ?? new OneValueRun(this);
        idle = null;
        return run.Start(context, argument);
    }

    /// <summary>
    /// One value per row, the bulk-loading shape: a run kept and reused (ReusableRun), since under CALL { } or
    /// MERGE the seek runs once per row.
    /// </summary>
    private sealed class OneValueRun(NodeIndexSeekOperator owner) : ReusableRun
    {
        private IEnumerator<object?[]>? rows;
        private object?[] row = null!;
        // The value sought; when it came unboxed (soughtInteger) it is boxed only if asked for (Sought).
        private object? sought;
        private long integerSought;
        private bool soughtInteger;
        private KeyValuePair<string, object?>[]? properties;
        // The writer's seek hands back a copied array (usually of one node) of nodes holding the key in the
        // newest state: walked by position, with no second read of what the seek just checked.
        private NodeEntity[]? copied;
        private object? normalized;
        private int position;
        private readonly NodeEntity[] one = new NodeEntity[1]; // this run's own holder for a lone hit
        // Any other answer (a reader's snapshot seek, the scan fallback) is walked through its enumerator.
        private IEnumerator<NodeEntity>? others;

        protected override void OnStart() { }

        // Optimised at once: a bulk import runs it per row, and its first rows would otherwise run in the unoptimised first tier.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public override bool MoveNext()
        {
            rows ??= owner.Source.Run(Context, Argument).GetEnumerator();
            while (true)
            {
                if (copied is not null)
                {
                    while (position < copied.Length)
                    {
                        var node = copied[position++];
                        Context.CheckInterrupt();
                        owner.Constraint.CountCheck(Context, owner.Label);
                        if (owner.Covered ? soughtInteger || normalized is long or string || owner.Holds(Context.Reader, node, Sought)
                                          : owner.Constraint.MatchesAfterSeek(Context.Reader, node, properties, owner.Label, owner.Key, normalized))
                        {
                            // The last node may take the input's row itself when that row is fresh (one copy fewer per bulk-load row).
                            Current = position == copied.Length && owner.Source.YieldsFreshRows ? Into(row, node) : owner.With(row, node);
                            return true;
                        }
                    }
                    copied = null;
                }
                else if (others is not null)
                {
                    while (others.MoveNext())
                    {
                        var node = others.Current;
                        if (owner.Covered ? owner.AcceptCovered(Context, node, Sought) : owner.Accept(Context, node, properties))
                        {
                            Current = owner.With(row, node);
                            return true;
                        }
                    }
                    others.Dispose();
                    others = null;
                }
                if (!rows.MoveNext()) return false;
                row = rows.Current;
                IEnumerable<NodeEntity>? found;
                NodeEntity? sole;
                if (owner.IntegerValue is { } integerValue && integerValue(row, Context, out var integer))
                {
                    (sought, integerSought, soughtInteger) = (null, integer, true);
                    found = Context.Reader.SeekOneByInteger(owner.Label, owner.Key, integer, out sole);
                }
                else
                {
                    if (owner.Value(row, Context) is not { } value) continue;
                    (sought, soughtInteger) = (value, false);
                    found = Context.Reader.SeekOneByProperty(owner.Label, owner.Key, value, out sole);
                }
                properties = owner.Covered ? null : owner.Constraint.Prepare(row, Context);
                var nodes = found ?? owner.ScanFallback(Context, Sought);
                if (sole is not null)
                {
                    one[0] = sole;
                    copied = one;
                    position = 0;
                    normalized = Normalized();
                }
                else if (nodes is NodeEntity[] array)
                {
                    copied = array;
                    position = 0;
                    normalized = Normalized();
                }
                else others = nodes.GetEnumerator();
            }
        }

        private object Sought => sought ??= integerSought;

        // A covered seek of an unboxed integer checks nothing against the value, so it is not boxed for that.
        private object? Normalized() => soughtInteger ? (owner.Covered ? null : Sought) : CypherTypes.Normalize(sought);

        private object?[] Into(object?[] input, NodeEntity node)
        {
            input[owner.Slot] = node;
            return input;
        }

        protected override void OnEnd()
        {
            rows?.Dispose();
            others?.Dispose();
            rows = null;
            others = null;
            copied = null;
            one[0] = null!;
            row = null!;
            sought = null;
            soughtInteger = false;
            properties = null;
            normalized = null;
        }

        protected override void Release() => owner.idle = this;
        protected override ReusableRun Copy() => new OneValueRun(owner);
    }

    private IEnumerable<object?[]> ExecuteMany(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var sought = value(row, context);
            if (sought is null) continue;
            var properties = constraint.Prepare(row, context);
            foreach (var one in SoughtValues(sought))
                foreach (var node in Seek(context, one))
                    if (Accept(context, node, properties)) yield return With(row, node);
        }
    }

    private IEnumerable<NodeEntity> Seek(ExecutionContext context, object sought) =>
        context.Reader.SeekByProperty(label, key, sought) ?? ScanFallback(context, sought);

    private bool Accept(ExecutionContext context, NodeEntity node, KeyValuePair<string, object?>[]? properties)
    {
        context.CheckInterrupt();
        constraint.CountCheck(context, label);
        return constraint.Matches(context.Reader, node, properties);
    }

    private bool AcceptCovered(ExecutionContext context, NodeEntity node, object sought)
    {
        context.CheckInterrupt();
        constraint.CountCheck(context, label);
        return Holds(context.Reader, node, sought);
    }

    // What the pattern asks, checked against the value already sought: the label and key = value by Cypher equality.
    private bool Holds(IGraphReader reader, NodeEntity node, object sought) =>
        reader.LabelsOf(node).Contains(label) && reader.PropertiesOf(node).TryGetValue(key, out var present) && CypherEquality.Equals(present, sought) == true;

    private object?[] With(object?[] row, NodeEntity node)
    {
        var output = Copy(row);
        output[slot] = node;
        return output;
    }

    private static List<object> SoughtValues(object sought)
    {
        var list = CypherTypes.AsList(sought) ?? throw CypherErrors.OperandType("IN", sought);
        var distinct = new HashSet<object?>(CypherEquivalence.Instance);
        var result = new List<object>();
        foreach (var item in list)
            if (item is not null && distinct.Add(item)) result.Add(item);
        return result;
    }

    private IEnumerable<NodeEntity> ScanFallback(ExecutionContext context, object sought)
    {
        foreach (var node in context.Reader.NodesWithLabel(label))
            if (context.Reader.PropertiesOf(node).TryGetValue(key, out var present) && CypherEquality.Equals(present, sought) == true)
                yield return node;
    }
}
