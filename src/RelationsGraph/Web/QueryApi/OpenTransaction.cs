using RelationsGraph.Cypher;

namespace RelationsGraph.Web.QueryApi;

/// <summary>
/// An explicit Query API transaction between requests. It holds the embedded store's single writer,
/// so one request at a time may use it (Gate) and an idle one expires and is rolled back.
/// </summary>
internal sealed class OpenTransaction(string id, Transaction engine, bool readAccess, TimeSpan idleLimit)
{
    public string Id { get; } = id;
    public Transaction Engine { get; } = engine;
    public bool ReadAccess { get; } = readAccess;
    public SemaphoreSlim Gate { get; } = new(1, 1);
    public DateTimeOffset Expires { get; private set; } = DateTimeOffset.UtcNow + idleLimit;
    public bool Wrote { get; set; }

    public void Touch() => Expires = DateTimeOffset.UtcNow + idleLimit;
}
