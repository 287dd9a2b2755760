namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// A physical operator: pulls rows from its input and yields rows. The argument is the row a
/// sub-plan starts from (the outer row for OPTIONAL MATCH, MERGE, EXISTS and pattern comprehensions;
/// an empty row at the top). Operators never mutate a row they received: they copy before writing.
/// The same tree is what EXPLAIN describes and PROFILE measures (Name, Inputs, Details).
/// </summary>
internal abstract class Operator
{
    /// <summary>Runs the operator; under PROFILE the rows it yields and the store reads it makes are counted against it.</summary>
    public IEnumerable<object?[]> Run(ExecutionContext context, object?[] argument) =>
        context.Profiler is null ? Execute(context, argument) : Profiled(context, argument);

    // Apart from Run: a lambda's captured variables are allocated on entry to the method that declares them,
    // so the closure would cost every call (a sub-plan runs once per row), profiled or not.
    private IEnumerable<object?[]> Profiled(ExecutionContext context, object?[] argument) =>
        context.Profiler!.Track(this, () => Execute(context, argument));

    protected abstract IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument);

    /// <summary>The operator's name as Neo4j's plans spell it (NodeByLabelScan, Expand(All), ...).</summary>
    public virtual string Name => GetType().Name.Replace("Operator", "", StringComparison.Ordinal);

    /// <summary>The operators this one pulls rows from, in Neo4j's order (left-hand side first).</summary>
    public virtual IReadOnlyList<Operator> Inputs => [];

    /// <summary>Neo4j's "Details" column (p:Person, p.name = $name, ...), written by the planner from the query text.</summary>
    public string Details { get; set; } = "";

    /// <summary>
    /// True when every row this operator yields is a new array it keeps no reference to (a scan or seek copies its
    /// input row per entity), so the operator directly above may fill slots of it in place instead of copying again.
    /// </summary>
    public virtual bool YieldsFreshRows => false;

    protected static object?[] Copy(object?[] row) => row.AsSpan().ToArray();

    /// <summary>
    /// A row this operator may fill: the input's own row when the input yields fresh rows it keeps no reference to
    /// (ownership transfer, as a pipeline hands a row up), else a copy. Only for the one output made from that row.
    /// </summary>
    protected static object?[] Owned(Operator input, object?[] row) => input.YieldsFreshRows ? row : Copy(row);
}

/// <summary>
/// The leaf of every pipeline: yields the argument row once. ownsArgument: the caller hands over a row that nobody
/// else reads from the sub-plan's slots (a unit CALL { } over fresh rows), so the operator above may fill it in place.
/// </summary>
internal sealed class ArgumentOperator(bool ownsArgument = false) : Operator
{
    private Once? idle;

    public override bool YieldsFreshRows => ownsArgument;

    // A sub-plan starts here once per incoming row: the run is kept and reused (ReusableRun).
    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var run = idle ?? new Once(this);
        idle = null;
        return run.Start(context, argument);
    }

    public override string Name => "Argument";

    private sealed class Once(ArgumentOperator owner) : ReusableRun
    {
        private bool done;

        protected override void OnStart() => done = false;

        public override bool MoveNext()
        {
            if (done) return false;
            done = true;
            Current = Argument;
            return true;
        }

        protected override void OnEnd() { }
        protected override void Release() => owner.idle = this;
        protected override ReusableRun Copy() => new Once(owner);
    }
}
