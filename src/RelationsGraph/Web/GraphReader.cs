using RelationsGraph.Cypher;
using RelationsGraph.Loading.Database;

namespace RelationsGraph.Web;

/// <summary>
/// Runs the explorer's statements through the port, always read-only, under a time limit.
/// The embedded engine is synchronous, so each statement runs on the thread pool and the wait
/// is bounded: a runaway query is cancelled and abandoned while the server keeps answering.
/// </summary>
internal sealed class GraphReader(IGraphDatabasePort database, ExplorerSettings settings)
{
    public Task<QueryResult> ReadAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        RunAsync(cypher, parameters, settings.MaxRows * 10, cancellationToken);

    /// <summary>A console statement: read-only, with the configured timeout and row cap.</summary>
    public Task<QueryResult> RunConsoleAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        RunAsync(cypher, parameters, settings.MaxRows, cancellationToken);

    private async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters, int maxRows, CancellationToken cancellationToken)
    {
        var timeout = settings.QueryTimeout;
        var options = new QueryOptions
        {
            ReadOnly = true, Timeout = timeout, MaxRows = maxRows,
            MaxMemoryBytes = settings.QueryMemoryBytes, MaxResultBytes = settings.MaxResultBytes, MaxValueBytes = settings.MaxValueBytes,
        };
        // The engine enforces the limit itself; cancelling a little later is the fallback, and waiting
        // a little longer still is the last resort: the caller is answered even if the work goes on.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout + TimeSpan.FromMilliseconds(500));
        // Its own thread, not the pool's: the embedded engine works synchronously, and a long console query
        // holding a pool thread on a small machine would delay every other request until the pool grows.
        var running = Task.Factory.StartNew(() => database.RunAsync(cypher, parameters, options, limit.Token), limit.Token,
            TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        try
        {
            return await running.WaitAsync(timeout + TimeSpan.FromSeconds(2), cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw TimedOut(timeout);
        }
    }

    public static CypherException TimedOut(TimeSpan timeout) => new("Timeout", "TransactionTimedOut", ErrorPhase.Runtime,
        $"The query was stopped after {timeout.TotalSeconds:0.#} s (the time limit).");
}
