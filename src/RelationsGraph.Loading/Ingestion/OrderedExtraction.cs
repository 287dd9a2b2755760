using System.Diagnostics;

namespace RelationsGraph.Loading.Ingestion;

/// <summary>
/// Runs the extraction of the next few files on the thread pool while the caller writes earlier ones,
/// and hands the results back in input order, a batch at a time. At most `lookahead` files are in
/// flight, which bounds the memory held by extracted but unwritten articles.
/// </summary>
internal sealed class OrderedExtraction<T>(IReadOnlyList<string> paths, Func<string, T> prepare, int lookahead, CancellationToken cancellationToken)
{
    private readonly Queue<Task<T>> _running = new();
    private int _next;

    public bool HasMore => _next < paths.Count || _running.Count > 0;

    /// <summary>
    /// The next results in order: waits for the first, then takes those ready or becoming ready
    /// within maxWait of it, up to max.
    /// </summary>
    public async Task<List<T>> NextBatchAsync(int max, TimeSpan maxWait)
    {
        var batch = new List<T>(Math.Min(max, paths.Count));
        long? firstTaken = null;
        while (batch.Count < max)
        {
            StartMore();
            if (!_running.TryPeek(out var head)) break;
            if (!head.IsCompleted && firstTaken is { } start)
            {
                var remaining = maxWait - Stopwatch.GetElapsedTime(start);
                if (remaining <= TimeSpan.Zero) break;
                await Task.WhenAny(head, Task.Delay(remaining, cancellationToken));
                if (!head.IsCompleted) break;
            }
            batch.Add(await _running.Dequeue());
            firstTaken ??= Stopwatch.GetTimestamp();
        }
        return batch;
    }

    private void StartMore()
    {
        while (_next < paths.Count && _running.Count < lookahead)
        {
            var path = paths[_next++];
            _running.Enqueue(Task.Run(() => prepare(path), cancellationToken));
        }
    }
}
