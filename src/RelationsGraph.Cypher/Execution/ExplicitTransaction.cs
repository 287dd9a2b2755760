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
        using var budget = new QueryBudget(options, cancellationToken);
        PreparedStatement prepared;
        try { prepared = statements.Get(query, options, budget.Token); }
        catch (OperationCanceledException) when (budget.Token.IsCancellationRequested) { throw budget.Stopped(); }
        prepared.EnsureAllowed(options);
        var savepoint = transaction.Savepoint();
        try
        {
            return StatementRunner.Run(prepared, transaction, parameters, options, procedures, budget);
        }
        catch (OperationCanceledException) when (budget.Token.IsCancellationRequested)
        {
            transaction.RollbackTo(savepoint);
            throw budget.Stopped();
        }
        catch (ArithmeticException e)
        {
            transaction.RollbackTo(savepoint);
            throw GraphDatabase.OutOfRange(e);
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
