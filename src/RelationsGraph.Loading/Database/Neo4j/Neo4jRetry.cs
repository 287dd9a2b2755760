using RelationsGraph.Cypher;

namespace RelationsGraph.Loading.Database.Neo4j;

/// <summary>
/// Retries work that failed with one of Neo4j's transient errors (a deadlock, a leader switch, a
/// database not yet available) with exponential backoff and jitter, as Neo4j's drivers do. The work
/// must be safe to repeat as a whole: one statement, or a whole transaction from its begin.
/// </summary>
internal sealed class Neo4jRetry(int attempts = 5, TimeSpan? firstDelay = null)
{
    private readonly TimeSpan _firstDelay = firstDelay ?? TimeSpan.FromMilliseconds(200);

    public Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(work, Neo4jErrorMapper.IsTransient, cancellationToken);

    public async Task<T> RunAsync<T>(Func<Task<T>> work, Func<CypherException, bool> retryable, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work();
            }
            catch (CypherException e) when (attempt < attempts && retryable(e) && !cancellationToken.IsCancellationRequested)
            {
                var delay = _firstDelay * Math.Pow(2, attempt - 1) * (0.8 + Random.Shared.NextDouble() * 0.4);
                await Task.Delay(delay, cancellationToken);
            }
        }
    }
}
