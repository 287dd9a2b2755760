using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Storage.Durability;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// Snapshot format 3 keeps node properties as the snapshot's bytes (see NodePropertyBytes): opening steps over
/// every value and decodes only indexed keys, so each kind of value must be stepped over exactly.
/// </summary>
public sealed class NodePropertyBytesTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private static readonly object?[] EveryKind =
    [
        null, false, true, -7L, 2.5, "", "naïve 東京", TemporalValue.Parse("Date", "2024-02-29"),
        new List<object?> { 1L, "two", new List<object?> { 3.0, null }, TemporalValue.Parse("Duration", "P1DT2H") },
    ];

    /// <summary>What a property can hold (lists of one simple kind).</summary>
    private static readonly object?[] Storable =
    [
        null, false, true, -7L, 2.5, "", "naïve 東京", TemporalValue.Parse("Date", "2024-02-29"),
        new List<object?> { "x", "", "東" }, new List<object?> { 1L, -2L }, TemporalValue.Parse("Duration", "P1DT2H"),
    ];

    [Fact]
    public void Skipping_a_value_ends_where_reading_it_ends()
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            foreach (var value in EveryKind) ValueCodec.Write(writer, value);
        var bytes = stream.ToArray();
        var reading = new SpanReader(bytes);
        var skipping = new SpanReader(bytes);
        foreach (var _ in EveryKind)
        {
            reading.ReadValue();
            skipping.SkipValue();
            Assert.Equal(reading.Position, skipping.Position);
        }
        Assert.True(skipping.AtEnd);
        Assert.Throws<InvalidDataException>(() => new SpanReader([ValueCodec.Text, 5, (byte)'a']).SkipValue()); // a string past the end
        Assert.Throws<InvalidDataException>(() => new SpanReader([99]).SkipValue()); // an unknown tag
    }

    [Fact]
    public void Values_of_every_kind_open_as_bytes_and_the_indexed_keys_after_them_are_found()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                tx.CreateIndex(new IndexDescriptor("t_b", "T", ["b"]));
                tx.CreateConstraint(new ConstraintDescriptor("t_pair", "T", ["a", "b"]));
            });
            store.Write(tx =>
            {
                for (var i = 0; i < 20; i++)
                {
                    var node = tx.CreateNode(["T"], []);
                    for (var k = 0; k < Storable.Length; k++)
                        if (Storable[k] is { } value) tx.SetProperty(node, $"k{k}", value);
                    if (i % 2 == 0) tx.SetProperty(node, "a", (long)(i % 5)); // the indexed keys come after every kind of value
                    tx.SetProperty(node, "b", $"b{i}");
                }
                tx.CreateNode(["T"], []); // a node with no properties
            });
            store.Checkpoint();
        }
        using var reopened = GraphStore.Open(directory.Path);
        Assert.Equal(0, reopened.NodeObjects);
        var found = reopened.Read(tx => Assert.Single(tx.SeekByProperty("T", "b", "b12")!));
        Assert.Equal(12, found.Id);
        Assert.Equal(1, reopened.NodeObjects);
        // The composite key (a tuple of two keys read from the bytes) holds for nodes with both, not for those without a.
        Assert.Throws<CypherException>(() => reopened.Write(tx => tx.CreateNode(["T"], [new("a", 2L), new("b", "b12")])));
        reopened.Write(tx => tx.CreateNode(["T"], [new("a", 1L), new("b", "b11")]));
        for (var k = 0; k < Storable.Length; k++)
            Assert.Equal(Storable[k], found.Properties.GetValueOrDefault($"k{k}"));
        Assert.Equal(Storable.Count(value => value is not null) + 2, found.Properties.Count);
        Assert.Empty(reopened.Read(tx => tx.GetNode(20)!.Properties));
    }
}
