using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

public sealed class ShortestPathsTests : IDisposable
{
    private readonly GraphStore store = GraphStore.CreateInMemory();
    private readonly Dictionary<string, NodeEntity> nodes = [];

    public void Dispose() => store.Dispose();

    /// <summary>Builds a graph from edges written "a-T->b".</summary>
    private void Graph(params string[] edges)
    {
        store.Write(tx =>
        {
            foreach (var edge in edges)
            {
                var parts = edge.Split('-', '>');
                var start = Node(tx, parts[0]);
                var end = Node(tx, parts[^1]);
                tx.Connect(start, end, parts[1]);
            }
        });
    }

    private NodeEntity Node(IGraphWriter tx, string name) =>
        nodes.TryGetValue(name, out var node) ? node : nodes[name] = tx.CreateNode("N", ("name", name));

    private List<string> Paths(string from, string to, Direction direction = Direction.Both, string[]? types = null, int maxHops = 100, bool all = false)
    {
        using var tx = store.BeginRead();
        return ShortestPaths.Find(tx, nodes[from], nodes[to], direction, types, maxHops, all)
            .Select(p => string.Join("", p.Nodes.Select(n => (string)n.Properties["name"]!)))
            .Order().ToList();
    }

    [Fact]
    public void Finds_the_shortest_of_several_routes()
    {
        Graph("a-T->b", "b-T->c", "c-T->d", "d-T->e", "a-T->x", "x-T->e");
        Assert.Equal(["axe"], Paths("a", "e"));
    }

    [Fact]
    public void All_shortest_paths_lists_every_path_of_the_minimum_length_once()
    {
        Graph("a-T->b", "a-T->c", "b-T->d", "c-T->d", "d-T->e", "e-T->f", "e-T->g", "f-T->h", "g-T->h");
        Assert.Equal(["abdefh", "abdegh", "acdefh", "acdegh"], Paths("a", "h", all: true));
        Assert.Single(Paths("a", "h"));
    }

    [Fact]
    public void Direction_and_types_restrict_the_search()
    {
        Graph("a-T->b", "c-T->b", "a-U->c");
        Assert.Equal(["abc"], Paths("a", "c", Direction.Both, ["T"]));
        Assert.Empty(Paths("a", "c", Direction.Outgoing, ["T"]));
        Assert.Equal(["ac"], Paths("a", "c", Direction.Outgoing));
        Assert.Equal(["ca"], Paths("c", "a", Direction.Incoming));
    }

    [Fact]
    public void Max_hops_and_unreachable_targets_give_no_path()
    {
        Graph("a-T->b", "b-T->c", "c-T->d", "x-T->y");
        Assert.Empty(Paths("a", "d", maxHops: 2));
        Assert.Equal(["abcd"], Paths("a", "d", maxHops: 3));
        Assert.Empty(Paths("a", "y"));
    }

    [Fact]
    public void Relationships_in_the_path_join_its_consecutive_nodes()
    {
        Graph("a-T->b", "c-T->b", "c-T->d");
        using var tx = store.BeginRead();
        var path = Assert.Single(ShortestPaths.Find(tx, nodes["a"], nodes["d"], Direction.Both, null, 10, all: false));
        for (var i = 0; i < path.Length; i++)
            Assert.Same(path.Nodes[i + 1], path.Relationships[i].Other(path.Nodes[i]));
    }
}
