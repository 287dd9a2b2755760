using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Execution.Writing;
using RelationsGraph.Cypher.Semantics;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// Plans a query clause by clause into one pipeline. Reads and writes are separated by Eager
/// operators where a write follows lazy reads, or a read follows writes, so a statement never sees
/// its own changes half-way (MATCH ... CREATE does not match what it creates).
/// </summary>
internal sealed partial class QueryPlanner(PlanningContext planning)
{
    private readonly ProjectionPlanner projections = new(planning);
    private readonly UpdatePlanner updates = new(planning);
    private readonly PendingDeletes pendingDeletes = new();
    private readonly StoreCountRewrite storeCounts = new(planning);

    /// <summary>Plans the statement the semantic pass bound: one query, or the branches of a UNION.</summary>
    public ExecutionPlan Plan(BoundStatement statement)
    {
        switch (statement.Syntax)
        {
            case SingleQuery:
            {
                var (plan, columns, slots) = PlanQuery(statement.Parts[0], new ArgumentOperator(), Scope.Empty);
                if (columns.Length == 0) LetLoadCsvReuseRows(plan);
                return new ExecutionPlan(Produce(plan, columns), columns, slots, planning.Layout, pendingDeletes);
            }
            case UnionQuery union:
            {
                var parts = new List<(Operator, int[])>();
                string[]? columns = null;
                foreach (var part in statement.Parts)
                {
                    var (plan, partColumns, slots) = PlanQuery(part, new ArgumentOperator(), Scope.Empty);
                    if (columns is not null && !columns.SequenceEqual(partColumns))
                        throw new CypherException("SyntaxError", "DifferentColumnsInUnion", ErrorPhase.Compile,
                            "All sub queries in an UNION must have the same return column names.");
                    columns ??= partColumns;
                    parts.Add((plan, slots));
                }
                var distinct = union.All.Any(all => !all);
                return new ExecutionPlan(Produce(new UnionOperator(parts, distinct), columns!), columns!, Enumerable.Range(0, columns!.Length).ToArray(), planning.Layout, pendingDeletes);
            }
            default:
                throw new ArgumentException($"Not a query: {statement.Syntax.GetType().Name}.", nameof(statement));
        }
    }

    private static Operator Produce(Operator plan, string[] columns) =>
        new ProduceResultsOperator(plan, columns) { Details = string.Join(", ", columns) };

    /// <summary>A correlated subquery (EXISTS { MATCH ... }) started from the outer row.</summary>
    public Operator PlanSubquery(SingleQuery query, Scope scope) => PlanQuery(planning.Bindings.QueryOf(query), new ArgumentOperator(), scope).Plan;

    /// <summary>A correlated subquery with its result columns (COLLECT { ... RETURN x }).</summary>
    public (Operator Plan, string[] Columns, int[] Slots) PlanSubqueryWithColumns(SingleQuery query, Scope scope) =>
        PlanQuery(planning.Bindings.QueryOf(query), new ArgumentOperator(), scope);

    private sealed class Pipeline(Operator plan, Scope scope)
    {
        public Operator Plan = plan;
        public Scope Scope = scope;
        public bool ReadsPending; // lazy store reads not yet drained by an Eager
        public bool WritesPending; // writes since the last Eager
        public bool NonMergeWritesPending; // the same, leaving out MERGE
        public bool PendingReadsMayTouchRelationships; // whether any read since the last Eager may look at relationships

        /// <summary>
        /// A write after lazy reads needs an Eager unless it cannot change what they read (read-after-write
        /// conflicts only): adding relationships between bound nodes after reads of nodes alone is safe.
        /// </summary>
        public void BeforeWrite(bool onlyAddsRelationships = false)
        {
            if (ReadsPending && (!onlyAddsRelationships || PendingReadsMayTouchRelationships)) Drain();
            WritesPending = NonMergeWritesPending = true;
        }

        // MERGE reads through its own materialised match, so consecutive MERGEs (the bulk-loading
        // shape) stay pipelined; other writes before it must finish first, as must lazy reads.
        public void BeforeMerge(bool onlyAddsRelationships = false)
        {
            if (ReadsPending && (!onlyAddsRelationships || PendingReadsMayTouchRelationships) || NonMergeWritesPending) Drain();
            WritesPending = true;
        }

        /// <summary>SKIP/LIMIT must not cut writes short: every row's changes apply before rows are dropped.</summary>
        public void BeforeCut()
        {
            if (WritesPending) Drain();
        }

        private void Drain()
        {
            Plan = new EagerOperator(Plan);
            ReadsPending = WritesPending = NonMergeWritesPending = PendingReadsMayTouchRelationships = false;
        }

        public void BeforeRead(bool mayTouchRelationships = true)
        {
            if (WritesPending) Drain();
            ReadsPending = true;
            PendingReadsMayTouchRelationships |= mayTouchRelationships;
        }

        /// <summary>A clause that is not counted as a read may still read relationships in its expressions (a pattern comprehension in WITH).</summary>
        public void NoteExpressions(IEnumerable<Expression?> expressions)
        {
            if (expressions.Any(RelationshipFootprint.MayRead)) PendingReadsMayTouchRelationships = true;
        }
    }

    private (Operator Plan, string[] Columns, int[] Slots) PlanQuery(BoundQuery query, Operator start, Scope scope)
    {
        var pipeline = new Pipeline(start, scope);
        string[] columns = [];
        int[] slots = [];
        var clauses = query.Clauses.ToList(); // a rewrite may replace the clause after the current one
        for (var index = 0; index < clauses.Count; index++)
        {
            var bound = clauses[index];
            planning.Cancellation.ThrowIfCancellationRequested();
            switch (bound.Syntax)
            {
                case MatchClause match when index + 1 < clauses.Count && clauses[index + 1] is BoundProjection next
                    && storeCounts.TryRewrite(pipeline.Plan, pipeline.Scope, match, next) is { } counted:
                    pipeline.BeforeRead();
                    pipeline.Plan = counted.Plan;
                    pipeline.Scope = counted.Scope;
                    clauses[index + 1] = counted.Projection;
                    break;
                case MatchClause match:
                    pipeline.BeforeRead(RelationshipFootprint.MatchMayRead(match));
                    var matchScope = pipeline.Scope;
                    pipeline.Plan = match.Optional
                        ? planning.Matches.PlanOptional(pipeline.Plan, (BoundPatternClause)bound, match.Where, ref matchScope)
                        : planning.Matches.Plan(pipeline.Plan, (BoundPatternClause)bound, match.Where, ref matchScope);
                    pipeline.Scope = matchScope;
                    break;
                case UnwindClause unwind:
                    pipeline.NoteExpressions([unwind.Source]);
                    var source = planning.Expressions.Compile(unwind.Source, pipeline.Scope);
                    var slot = planning.Layout.Allocate();
                    pipeline.Plan = new UnwindOperator(pipeline.Plan, source, slot) { Details = $"{planning.TextOf(unwind.Source)} AS {unwind.Variable}" };
                    pipeline.Scope = Declare(pipeline.Scope, bound.Declared[0], slot);
                    break;
                case WithClause or ReturnClause:
                    var projection = (BoundProjection)bound;
                    pipeline.NoteExpressions(projection.Body.Items.Select(item => item.Expression)
                        .Concat(projection.Body.OrderBy.Select(order => order.Expression)).Append(projection.Where));
                    if (projection.Body.Skip is not null || projection.Body.Limit is not null) pipeline.BeforeCut();
                    var projected = projections.Plan(pipeline.Plan, projection, pipeline.Scope);
                    pipeline.Plan = projected.Plan;
                    pipeline.Scope = projected.Scope;
                    if (projection.IsReturn) (columns, slots) = (projected.Columns, projected.Slots);
                    break;
                case CreateClause create:
                    pipeline.BeforeWrite(RelationshipFootprint.CreatesOnlyRelationships(create, pipeline.Scope));
                    var createScope = pipeline.Scope;
                    pipeline.Plan = updates.PlanCreate(pipeline.Plan, (BoundPatternClause)bound, ref createScope);
                    pipeline.Scope = createScope;
                    break;
                case MergeClause merge:
                    pipeline.BeforeMerge(RelationshipFootprint.CreatesOnlyRelationships(merge, pipeline.Scope));
                    var mergeScope = pipeline.Scope;
                    pipeline.Plan = updates.PlanMerge(pipeline.Plan, (BoundPatternClause)bound, ref mergeScope);
                    pipeline.Scope = mergeScope;
                    break;
                case SetClause set:
                    pipeline.BeforeWrite();
                    pipeline.Plan = updates.PlanSet(pipeline.Plan, set, pipeline.Scope);
                    break;
                case RemoveClause remove:
                    pipeline.BeforeWrite();
                    pipeline.Plan = updates.PlanRemove(pipeline.Plan, remove, pipeline.Scope);
                    break;
                case DeleteClause delete:
                    pipeline.BeforeWrite();
                    pipeline.Plan = updates.PlanDelete(pipeline.Plan, delete, pipeline.Scope, pendingDeletes);
                    break;
                case LoadCsvClause load:
                    PlanLoadCsv(pipeline, load, bound.Declared[0]);
                    break;
                case CallSubqueryClause:
                    PlanCallSubquery(pipeline, (BoundCallSubquery)bound);
                    break;
                case CallClause call:
                    pipeline.PendingReadsMayTouchRelationships = true;
                    (columns, slots) = PlanCall(pipeline, call, standalone: clauses.Count == 1);
                    break;
                default:
                    throw new CypherException("SyntaxError", "UnsupportedClause", ErrorPhase.Compile, $"Unsupported clause {bound.Syntax.GetType().Name}.");
            }
        }
        return (pipeline.Plan, columns, slots);
    }

    /// <summary>A clause's new symbol takes its slot in the pipeline's scope.</summary>
    private static Scope Declare(Scope scope, Symbol symbol, int slot) => scope.With(symbol.Name, slot);

    private (string[] Columns, int[] Slots) PlanCall(Pipeline pipeline, CallClause call, bool standalone)
    {
        planning.ResolvedProcedures = true;
        var procedure = planning.Procedures.Resolve(call.ProcedureName);
        var arguments = call.Arguments is null
            ? procedure.Inputs.Select(input => planning.Expressions.Compile(new Parameter(input.Name), pipeline.Scope)).ToArray()
            : call.Arguments.Select(argument => planning.Expressions.Compile(argument, pipeline.Scope)).ToArray();
        if (arguments.Length > procedure.Inputs.Count || arguments.Length < procedure.Inputs.Count(input => !input.Optional))
            throw new CypherException("SyntaxError", "InvalidNumberOfArguments", ErrorPhase.Compile,
                $"Procedure call does not provide the required number of arguments: got {arguments.Length} expected {procedure.Inputs.Count}.");
        if (!standalone && procedure.Outputs.Count > 0 && call.Yield is null && !call.YieldStar)
            throw new CypherException("SyntaxError", "UndefinedVariable", ErrorPhase.Compile, "Procedure call inside a query does not support naming results implicitly (YIELD is required).");

        var yielded = call.Yield is { Count: > 0 } && !call.YieldStar
            ? call.Yield.Select(item => (item.Field, Name: item.Alias ?? item.Field)).ToList()
            : procedure.Outputs.Select(output => (Field: output.Name, Name: output.Name)).ToList();
        var indexes = new int[yielded.Count];
        var slots = new int[yielded.Count];
        for (var i = 0; i < yielded.Count; i++)
        {
            indexes[i] = procedure.OutputIndex(yielded[i].Field);
            if (indexes[i] < 0)
                throw new CypherException("SyntaxError", "UndefinedVariable", ErrorPhase.Compile, $"Unknown procedure output: `{yielded[i].Field}`");
            slots[i] = planning.Layout.Allocate();
            pipeline.Scope = pipeline.Scope.With(yielded[i].Name, slots[i]);
        }
        pipeline.Plan = new ProcedureCallOperator(pipeline.Plan, procedure, arguments, indexes, slots)
        {
            Details = $"{procedure.Name}({string.Join(", ", call.Arguments?.Select(planning.TextOf) ?? [])}) :: ({string.Join(", ", yielded.Select(y => y.Name))})",
        };
        if (call.Where is not null)
            pipeline.Plan = new FilterOperator(pipeline.Plan, planning.Expressions.Compile(call.Where, pipeline.Scope)) { Details = planning.TextOf(call.Where) };
        return standalone ? (yielded.Select(y => y.Name).ToArray(), slots) : ([], []);
    }
}
