using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution;

/// <summary>What CALL { } IN TRANSACTIONS needs from the front door: commit what was written, go on in a new transaction.</summary>
internal interface ITransactionBatches
{
    IWriteTransaction CommitAndRenew();
}

/// <summary>
/// The write transactions of one auto-commit statement that commits in batches: each batch is made
/// durable on its own (a failure later rolls back only the batch in progress, as in Neo4j), and the
/// last one is committed by the caller with the statement.
/// </summary>
internal sealed class TransactionBatching(IGraphStore store, Func<Func<IWriteTransaction>, IWriteTransaction> begin, CancellationToken token)
    : ITransactionBatches, IDisposable
{
    public IWriteTransaction Current { get; private set; } = begin(() => store.BeginWrite(token));

    public IWriteTransaction CommitAndRenew()
    {
        Current.Commit();
        Current.Dispose();
        Current = begin(() => store.BeginWrite(token));
        return Current;
    }

    public void Dispose() => Current.Dispose();

    /// <summary>Whether the statement holds a CALL { } IN TRANSACTIONS anywhere.</summary>
    public static bool IsUsedBy(Syntax.Ast.Statement statement) => statement switch
    {
        Syntax.Ast.SingleQuery query => query.Clauses.Any(c => c is Syntax.Ast.CallSubqueryClause { InTransactions: true }),
        Syntax.Ast.UnionQuery union => union.Parts.Any(IsUsedBy),
        _ => false,
    };

    public static CypherException InExplicitTransaction() =>
        new("Neo4jError", "Neo.DatabaseError.Transaction.TransactionStartFailed", ErrorPhase.Runtime,
            "A query with 'CALL { ... } IN TRANSACTIONS' can only be executed in an implicit transaction, but tried to execute in an explicit transaction.");
}
