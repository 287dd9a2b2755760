using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution;

/// <summary>
/// An explicit transaction over one store write transaction. Each statement runs after a savepoint,
/// so a failing statement is undone alone and earlier ones stay.
/// </summary>
internal sealed class ExplicitTransaction(IWriteTransaction transaction, ProcedureCatalog procedures, StatementCache statements) : Transaction
{
    private bool finished;

    public override QueryResult Execute(string query, IReadOnlyDictionary<string, object?>? parameters = null, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (finished) throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        options ??= QueryOptions.Default;
        var prepared = statements.Get(query);
        prepared.EnsureAllowed(options);
        var savepoint = transaction.Savepoint();
        try
        {
            return StatementRunner.Run(prepared, transaction, parameters, options, procedures, cancellationToken);
        }
        catch
        {
            transaction.RollbackTo(savepoint);
            throw;
        }
    }

    public override void Commit()
    {
        if (finished) throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        finished = true;
        try { transaction.Commit(); }
        finally { transaction.Dispose(); }
    }

    public override void Rollback()
    {
        if (finished) return;
        finished = true;
        transaction.Rollback();
        transaction.Dispose();
    }

    public override void Dispose() => Rollback();
}
