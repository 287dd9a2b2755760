using System.Collections.Concurrent;
using System.Security.Cryptography;
using RelationsGraph.Cypher;
using RelationsGraph.Loading.Database;

namespace RelationsGraph.Web.QueryApi;

/// <summary>
/// The open explicit transactions of the served Query API. Each holds the store's writer (the engine
/// has one writer at a time), so: a begin waits for the writer only up to LockWait and then fails
/// with a transient error the client may retry; an idle transaction is rolled back once it expires,
/// which frees the writer, so an abandoned client cannot wedge the store (the lease pattern).
/// </summary>
internal sealed class QueryApiTransactions : IDisposable
{
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, OpenTransaction> _open = new(StringComparer.Ordinal);
    private readonly TimeSpan _idleLimit;
    private readonly Timer _sweeper;

    public QueryApiTransactions(ExplorerSettings settings)
    {
        _idleLimit = settings.QueryApiTransactionIdle;
        var period = TimeSpan.FromMilliseconds(Math.Clamp(_idleLimit.TotalMilliseconds / 4, 50, 1000));
        _sweeper = new Timer(_ => RollBackExpired(), null, period, period);
    }

    public int Count => _open.Count;

    public async Task<OpenTransaction> BeginAsync(EmbeddedGraphDatabase database, bool readAccess, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(LockWait);
        Transaction engine;
        try
        {
            // The engine's wait for the writer blocks its thread; keep it off the request thread.
            engine = await Task.Run(() => database.BeginTransaction(wait.Token), CancellationToken.None);
        }
        catch (CypherException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new QueryApiError(StatusCodes.Status400BadRequest, "Neo.TransientError.Transaction.LockAcquisitionTimeout",
                $"Another transaction held the database's writer for more than {LockWait.TotalSeconds:0} s; try again.");
        }
        var transaction = new OpenTransaction(NewId(), engine, readAccess, _idleLimit);
        _open[transaction.Id] = transaction;
        return transaction;
    }

    /// <summary>Takes the transaction for one request: waits for its gate, and refuses an unknown or expired id.</summary>
    public async Task<OpenTransaction> AcquireAsync(string id, CancellationToken cancellationToken)
    {
        if (!_open.TryGetValue(id, out var transaction)) throw QueryApiError.TransactionNotFound(id);
        await transaction.Gate.WaitAsync(cancellationToken);
        if (!_open.ContainsKey(id))
        {
            transaction.Gate.Release();
            throw QueryApiError.TransactionNotFound(id);
        }
        return transaction;
    }

    public void Release(OpenTransaction transaction)
    {
        transaction.Touch();
        transaction.Gate.Release();
    }

    /// <summary>Ends a transaction the caller holds the gate of: forgets it, then commits or rolls back.</summary>
    public void Finish(OpenTransaction transaction, bool commit)
    {
        _open.TryRemove(transaction.Id, out _);
        try
        {
            if (commit) transaction.Engine.Commit();
            else transaction.Engine.Rollback();
        }
        finally
        {
            transaction.Gate.Release();
        }
    }

    private void RollBackExpired()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var transaction in _open.Values)
        {
            // A transaction in use by a request is not idle; it is touched again when that request ends.
            if (transaction.Expires > now || !transaction.Gate.Wait(0)) continue;
            if (transaction.Expires > DateTimeOffset.UtcNow) { transaction.Gate.Release(); continue; }
            Finish(transaction, commit: false);
        }
    }

    private static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    public void Dispose()
    {
        _sweeper.Dispose();
        foreach (var transaction in _open.Values)
        {
            _open.TryRemove(transaction.Id, out _);
            try { transaction.Engine.Rollback(); } catch (ObjectDisposedException) { }
        }
    }
}
