using RelationsGraph.Tck.Execution;

namespace RelationsGraph.Cypher.Tests.Tck;

/// <summary>Side effects are differences between what the TCK's observation queries see before and after.</summary>
public sealed class GraphSnapshotTests
{
    private static Dictionary<string, object?> Props(params (string Key, object? Value)[] entries)
        => entries.ToDictionary(e => e.Key, e => e.Value);

    private static GraphSnapshot Snapshot(Node[] nodes, Relationship[] relationships) => GraphSnapshot.Take(query =>
        query.Contains("-[r]->")
            ? new QueryResult(["r"], relationships.Select(r => new object?[] { r }).ToList(), new QueryStatistics())
            : new QueryResult(["n"], nodes.Select(n => new object?[] { n }).ToList(), new QueryStatistics()));

    [Fact]
    public void Counts_added_and_removed_entities_properties_and_distinct_labels()
    {
        var before = Snapshot(
            [new Node("1", ["A"], Props(("x", 1L))), new Node("2", ["A", "B"], Props())],
            [new Relationship("10", "T", "1", "2", Props(("w", 1L)))]);
        var after = Snapshot(
            [new Node("1", ["A"], Props(("x", 2L))), new Node("3", ["C"], Props(("y", "s"), ("z", null)))],
            []);

        var effects = GraphSnapshot.Diff(before, after);

        Assert.Equal(1, effects["+nodes"]);
        Assert.Equal(1, effects["-nodes"]);
        Assert.Equal(0, effects["+relationships"]);
        Assert.Equal(1, effects["-relationships"]);
        Assert.Equal(2, effects["+properties"]); // x changed (one added, one removed), y added; null is no property
        Assert.Equal(2, effects["-properties"]); // old x, w gone with its relationship
        Assert.Equal(1, effects["+labels"]);     // C is new
        Assert.Equal(1, effects["-labels"]);     // B no longer on any node; A is still present
    }

    [Fact]
    public void An_unchanged_graph_has_no_side_effects()
    {
        var nodes = new[] { new Node("1", ["A"], Props(("x", 1L))) };

        Assert.All(GraphSnapshot.Diff(Snapshot(nodes, []), Snapshot(nodes, [])).Values, count => Assert.Equal(0, count));
    }
}
