using RelationsGraph.Cypher.Storage;
using static RelationsGraph.Cypher.Tests.Values.Build;

namespace RelationsGraph.Cypher.Tests.Functions;

public sealed class GraphFunctionsTests : IDisposable
{
    private readonly GraphStore _store = GraphStore.CreateInMemory();
    private readonly IWriteTransaction _tx;
    private readonly NodeEntity _start;
    private readonly NodeEntity _end;
    private readonly RelationshipEntity _relationship;

    public GraphFunctionsTests()
    {
        _tx = _store.BeginWrite();
        _start = _tx.CreateNode(["Foo", "Bar"], [new("name", "a")]);
        _end = _tx.CreateNode([], []);
        _relationship = _tx.CreateRelationship(_start, _end, "KNOWS", []);
    }

    public void Dispose()
    {
        _tx.Dispose();
        _store.Dispose();
    }

    [Fact]
    public void Identity_functions()
    {
        Assert.Equal(_start.Id, Call.Function("id", _start));
        Assert.Equal(_relationship.Id, Call.Function("id", _relationship));
        Assert.Equal("n:" + _start.Id, Call.Function("elementId", _start));
        Assert.Null(Call.Function("id", null));
    }

    [Fact]
    public void Labels_type_and_endpoints()
    {
        Assert.Equal(List("Foo", "Bar"), Call.Reading(_tx, "labels", _start));
        Assert.Equal("KNOWS", Call.Function("type", _relationship));
        Assert.Same(_start, Call.Reading(_tx, "startNode", _relationship));
        Assert.Same(_end, Call.Reading(_tx, "endNode", _relationship));
        Assert.Null(Call.Function("type", null));
    }

    [Fact]
    public void Functions_on_the_wrong_entity_type_fail_with_InvalidArgumentValue()
    {
        Assert.Equal(("TypeError", "InvalidArgumentValue"), Detail(Call.Failing("labels", 1L)));
        Assert.Equal(("TypeError", "InvalidArgumentValue"), Detail(Call.Failing("type", _start)));
        Assert.Equal(("TypeError", "InvalidArgumentValue"), Detail(Call.Failing("length", _start)));
    }

    [Fact]
    public void Properties_and_keys_of_entities_and_maps()
    {
        Assert.Equal(Map("name", "a"), Call.Reading(_tx, "properties", _start));
        Assert.Equal(List("name"), Call.Reading(_tx, "keys", _start));
        Assert.Equal(List("k", "n"), Call.Function("keys", Map("k", 1L, "n", null)));
        Assert.Equal(Map(), Call.Reading(_tx, "properties", _relationship));
    }

    [Fact]
    public void Path_functions()
    {
        var path = Path(_start, (_relationship, _end));
        Assert.Equal(List(_start, _end), Call.Function("nodes", path));
        Assert.Equal(List(_relationship), Call.Function("relationships", path));
        Assert.Equal(1L, Call.Function("length", path));
        Assert.Equal(0L, Call.Function("length", Path(_start)));
    }

    private static (string, string) Detail(CypherException error) => (error.ErrorClass, error.Detail);
}
