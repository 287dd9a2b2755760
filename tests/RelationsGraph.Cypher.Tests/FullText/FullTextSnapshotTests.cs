using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Storage.FullText;
using RelationsGraph.Cypher.Tests.Storage;

namespace RelationsGraph.Cypher.Tests.FullText;

/// <summary>
/// Full-text search under snapshot reads, on a store on disk: a reader gets hits only from the text that
/// commits at or before its snapshot left, never text a writer flushed but has not committed (or rolled
/// back), nor text committed after it began; a full-text index dropped after it began still answers it.
/// </summary>
public sealed class FullTextSnapshotTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly TempDirectory directory = new();
    private GraphStore store;

    public FullTextSnapshotTests() => store = GraphStore.Open(directory.Path);

    public void Dispose()
    {
        store.Dispose();
        directory.Dispose();
    }

    private static readonly IndexDescriptor Names = new("names", "Person", ["name"]) { FullText = new FullTextSchema(false, ["Person"], "standard") };

    private static List<long> Hits(IGraphReader reader, string query) =>
        reader.QueryFullText("names", false, query, 100).Select(hit => ((NodeEntity)hit.Entity).Id).Order().ToList();

    private List<long> HitsNow(string query) => Task.Run(() => store.Read(reader => Hits(reader, query))).WaitAsync(Bound).GetAwaiter().GetResult();

    private void WriteElsewhere(Action<IWriteTransaction> work) => Assert.True(Task.Run(() => store.Write(work)).Wait(Bound), "the writer waited");

    private NodeEntity Seed()
    {
        NodeEntity a = null!;
        store.Write(tx =>
        {
            tx.CreateIndex(Names);
            a = tx.CreateNode("Person", ("name", "alpha"));
            tx.CreateNode("Person", ("name", "other"));
        });
        return a;
    }

    [Fact]
    public void A_reader_finds_the_text_of_its_snapshot_while_later_commits_change_it()
    {
        var a = Seed();
        using var reader = store.BeginRead();
        WriteElsewhere(tx => tx.SetProperty(a, "name", "beta"));
        NodeEntity created = null!;
        WriteElsewhere(tx => created = tx.CreateNode("Person", ("name", "alpha too")));
        WriteElsewhere(tx => tx.RemoveLabel(a, "Person"));

        Assert.Equal([a.Id], Hits(reader, "alpha"));
        Assert.Empty(Hits(reader, "beta"));

        Assert.Equal([created.Id], HitsNow("alpha"));
        Assert.Empty(HitsNow("beta"));
    }

    [Fact]
    public void Text_flushed_by_an_open_writer_is_not_a_readers_and_a_rollback_leaves_none_of_it()
    {
        var a = Seed();
        using (var writer = store.BeginWrite())
        {
            writer.SetProperty(a, "name", "gamma");
            writer.CreateNode("Person", ("name", "gamma two"));
            // The writer's own search flushes its text into the index, and finds it.
            Assert.Equal(2, writer.QueryFullText("names", false, "gamma", 10).Count);
            Assert.Empty(writer.QueryFullText("names", false, "alpha", 10));

            Assert.Empty(HitsNow("gamma"));
            Assert.Equal([a.Id], HitsNow("alpha"));
            writer.Rollback();
        }
        Assert.Empty(HitsNow("gamma"));
        Assert.Equal([a.Id], HitsNow("alpha"));
        using var next = store.BeginWrite();
        Assert.Empty(next.QueryFullText("names", false, "gamma", 10));
        Assert.Single(next.QueryFullText("names", false, "alpha", 10));
    }

    [Fact]
    public void A_full_text_index_dropped_after_a_reader_began_still_answers_it()
    {
        var a = Seed();
        using var reader = store.BeginRead();
        WriteElsewhere(tx => tx.DropIndex("names"));
        WriteElsewhere(tx => tx.SetProperty(a, "name", "beta"));

        Assert.Contains(reader.Indexes, index => index.Name == "names");
        Assert.Equal([a.Id], Hits(reader, "alpha"));
        Assert.ThrowsAny<CypherException>(() => HitsNow("alpha"));
    }

    [Fact]
    public async Task Readers_searching_beside_a_writer_always_see_one_commits_text_whole()
    {
        // Every commit gives all the people one colour; a reader must find them all under one colour, none under the other.
        const int People = 20;
        var people = new List<NodeEntity>();
        store.Write(tx =>
        {
            tx.CreateIndex(Names);
            for (var i = 0; i < People; i++) people.Add(tx.CreateNode("Person", ("name", "red")));
        });
        using var done = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            try
            {
                for (var round = 1; round <= 60; round++)
                {
                    var colour = round % 2 == 0 ? "red" : "blue";
                    store.Write(tx => { foreach (var person in people) tx.SetProperty(person, "name", colour); });
                }
            }
            finally { done.Cancel(); }
        });
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var reads = 0;
            while (!done.IsCancellationRequested || reads == 0)
            {
                var (red, blue) = store.Read(reader => (Hits(reader, "red").Count, Hits(reader, "blue").Count));
                Assert.True((red, blue) is (People, 0) or (0, People), $"a reader saw {red} red and {blue} blue");
                reads++;
            }
            return reads;
        })).ToList();
        await writer.WaitAsync(TimeSpan.FromSeconds(60));
        foreach (var reader in readers) Assert.True(await reader.WaitAsync(Bound) > 0);
    }

    [Fact]
    public void Old_text_goes_once_no_reader_reads_it_and_a_reopened_store_finds_the_newest()
    {
        var a = Seed();
        var reader = store.BeginRead();
        for (var i = 0; i < 5; i++) WriteElsewhere(tx => tx.SetProperty(a, "name", $"beta{i}"));
        Assert.Equal([a.Id], Hits(reader, "alpha"));
        Assert.True(store.RetainedForOlderReaders > 0);
        reader.Dispose();
        WriteElsewhere(tx => tx.SetProperty(a, "name", "delta"));
        Assert.Equal(0, store.RetainedForOlderReaders);
        Assert.Equal([a.Id], HitsNow("delta"));
        Assert.Empty(HitsNow("alpha"));

        store.Dispose();
        store = GraphStore.Open(directory.Path);
        Assert.Equal([a.Id], HitsNow("delta"));
        Assert.Empty(HitsNow("beta4"));
    }
}
