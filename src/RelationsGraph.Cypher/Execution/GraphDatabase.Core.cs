using RelationsGraph.Cypher.Execution;
using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher;

// The front door's implementation: auto-commit statements run in their own read or write
// transaction; failures roll the whole statement back.
public sealed partial class GraphDatabase
{
    private readonly IGraphStore store;
    private readonly ProcedureCatalog procedures = new();
    private readonly StatementCache statements = new();
    private bool disposed;

    private GraphDatabase(IGraphStore store) => this.store = store;

    private static GraphDatabase OpenCore(string? directory, GraphStoreOptions? options) =>
        new(directory is null ? GraphStore.CreateInMemory() : GraphStore.Open(directory, options ?? new GraphStoreOptions()));

    private string? RecoveryReportCore => (store as GraphStore)?.RecoveryReport;

    private QueryResult ExecuteCore(string query, IReadOnlyDictionary<string, object?>? parameters, QueryOptions options, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        // One budget from arrival: parsing, planning and waiting for the store's lock count against the time limit too.
        using var budget = new QueryBudget(options, cancellationToken);
        try
        {
            var prepared = statements.Get(query, options, budget.Token);
            prepared.EnsureAllowed(options);

            if (!prepared.Writes)
            {
                using var read = WaitForStore(() => store.BeginRead(budget.Token));
                return StatementRunner.Run(prepared, read, parameters, options, procedures, budget);
            }
            if (TransactionBatching.IsUsedBy(prepared.Statement))
            {
                using var batches = new TransactionBatching(store, WaitForStore, budget.Token);
                var batched = StatementRunner.Run(prepared, batches.Current, parameters, options, procedures, budget, batches);
                batches.Current.Commit();
                return batched;
            }
            using var write = WaitForStore(() => store.BeginWrite(budget.Token));
            var result = StatementRunner.Run(prepared, write, parameters, options, procedures, budget);
            write.Commit();
            return result;
        }
        catch (OperationCanceledException) when (budget.Token.IsCancellationRequested)
        {
            throw budget.Stopped();
        }
        catch (ArithmeticException e)
        {
            throw OutOfRange(e);
        }
    }

    /// <summary>
    /// The last line of defence for number and temporal checks: an OverflowException that escaped one is
    /// still the query's error (400), not the server's (500). The fuzz target reports these as findings.
    /// </summary>
    internal static CypherException OutOfRange(ArithmeticException e) =>
        new("ArgumentError", "NumberOutOfRange", $"A number is out of range: {e.Message}", e);

    private static T WaitForStore<T>(Func<T> begin)
    {
        try { return begin(); }
        catch (OperationCanceledException)
        {
            throw new CypherException("Timeout", "TransactionTimedOut", ErrorPhase.Runtime, "The query timed out or was cancelled while waiting for the database.");
        }
    }

    private Transaction BeginTransactionCore(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return new ExplicitTransaction(WaitForStore(() => store.BeginWrite(cancellationToken)), procedures, statements);
    }

    /// <summary>
    /// Makes a procedure answer CALLs from a fixed table, e.g.
    /// RegisterProcedure("test.my.proc(name :: STRING?, in :: INTEGER?) :: (out :: INTEGER?)", rows),
    /// each row keyed by field name; a call yields the outputs of the rows whose inputs equal its arguments.
    /// </summary>
    public void RegisterProcedure(string signature, IEnumerable<IReadOnlyDictionary<string, object?>> rows) =>
        procedures.RegisterTable(signature, rows);

    /// <summary>Writes a snapshot so the next Open does not replay the whole log.</summary>
    public void Checkpoint() => store.Checkpoint();

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        store.Dispose();
    }
}
