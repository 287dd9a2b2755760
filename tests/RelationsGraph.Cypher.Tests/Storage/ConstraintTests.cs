using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

public sealed class ConstraintTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private static ConstraintDescriptor UniqueName => new("person_name", "Person", ["name"]);

    [Fact]
    public void Unique_constraint_rejects_clashes_on_create_set_and_add_label()
    {
        using var store = GraphStore.CreateInMemory();
        store.Write(tx =>
        {
            tx.CreateConstraint(UniqueName);
            tx.CreateNode("Person", ("name", "Ada"));
        });
        using var tx = store.BeginWrite();
        AssertViolation(() => tx.CreateNode("Person", ("name", "Ada")));
        var bob = tx.CreateNode("Person", ("name", "Bob"));
        AssertViolation(() => tx.SetProperty(bob, "name", "Ada"));
        var stranger = tx.CreateNode("Robot", ("name", "Ada"));
        AssertViolation(() => tx.AddLabel(stranger, "Person"));
        tx.SetProperty(bob, "name", "Bob"); // setting its own value again is no clash
        Assert.Equal(2, tx.NodesWithLabel("Person").Count());
    }

    [Fact]
    public void Index_keys_use_cypher_equality_so_one_and_one_point_zero_clash()
    {
        using var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        tx.CreateConstraint(new ConstraintDescriptor("c", "Item", ["code"]));
        tx.CreateNode("Item", ("code", 1L));
        AssertViolation(() => tx.CreateNode("Item", ("code", 1.0)));
        Assert.Single(tx.SeekByProperty("Item", "code", 1.0)!);
        Assert.Single(tx.SeekByProperty("Item", "code", 1)!); // a CLR int is a Cypher integer too
    }

    [Fact]
    public void Creating_a_constraint_validates_existing_data()
    {
        using var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        tx.CreateNode("Person", ("name", "Ada"));
        tx.CreateNode("Person", ("name", "Ada"));
        var error = Assert.Throws<CypherException>(() => tx.CreateConstraint(UniqueName));
        Assert.Equal("ConstraintVerificationFailed", error.ErrorClass);
        Assert.Empty(tx.Constraints);
    }

    [Fact]
    public void Equivalent_schema_is_reported_as_already_existing()
    {
        using var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        Assert.True(tx.CreateIndex(new IndexDescriptor("", "Person", ["age"])));
        Assert.False(tx.CreateIndex(new IndexDescriptor("other", "Person", ["age"])));
        Assert.True(tx.CreateConstraint(UniqueName));
        Assert.False(tx.CreateConstraint(UniqueName));
        Assert.Equal("index_Person_age", Assert.Single(tx.Indexes).Name);
        Assert.True(tx.DropIndex("index_Person_age"));
        Assert.False(tx.DropIndex("index_Person_age"));
    }

    [Fact]
    public void Index_seek_follows_property_and_label_changes()
    {
        using var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        tx.CreateIndex(new IndexDescriptor("by_age", "Person", ["age"]));
        var ada = tx.CreateNode("Person", ("age", 36L));
        tx.CreateNode("Person", ("age", 36L));
        Assert.Equal(2, tx.SeekByProperty("Person", "age", 36L)!.Count());
        tx.SetProperty(ada, "age", 37L);
        Assert.Single(tx.SeekByProperty("Person", "age", 36L)!);
        Assert.Same(ada, Assert.Single(tx.SeekByProperty("Person", "age", 37L)!));
        tx.RemoveLabel(ada, "Person");
        Assert.Empty(tx.SeekByProperty("Person", "age", 37L)!);
        Assert.Null(tx.SeekByProperty("Person", "name", "x"));
        Assert.True(tx.HasIndex("Person", "age"));
    }

    [Fact]
    public void Rolled_back_changes_leave_the_index_as_it_was()
    {
        using var store = GraphStore.CreateInMemory();
        store.Write(tx => { tx.CreateConstraint(UniqueName); tx.CreateNode("Person", ("name", "Ada")); });
        using (var tx = store.BeginWrite())
        {
            tx.SetProperty(tx.Single("Person", "name", "Ada"), "name", "Changed");
            tx.CreateNode("Person", ("name", "Ada"));
            tx.Rollback();
        }
        using var check = store.BeginWrite();
        Assert.Single(check.SeekByProperty("Person", "name", "Ada")!);
        Assert.Empty(check.SeekByProperty("Person", "name", "Changed")!);
        AssertViolation(() => check.CreateNode("Person", ("name", "Ada")));
    }

    [Fact]
    public void Schema_survives_reopen_and_is_still_enforced()
    {
        using (var store = GraphStore.Open(directory.Path))
            store.Write(tx => { tx.CreateConstraint(UniqueName); tx.CreateIndex(new IndexDescriptor("by_age", "Person", ["age"])); tx.CreateNode("Person", ("name", "Ada"), ("age", 3L)); });
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Checkpoint();
            using var tx = store.BeginWrite();
            AssertViolation(() => tx.CreateNode("Person", ("name", "Ada")));
        }
        using var afterSnapshot = GraphStore.Open(directory.Path);
        afterSnapshot.Read(tx =>
        {
            Assert.Equal("person_name", Assert.Single(tx.Constraints).Name);
            Assert.Single(tx.SeekByProperty("Person", "age", 3L)!);
            return 0;
        });
    }

    private static void AssertViolation(Action action)
    {
        var error = Assert.Throws<CypherException>(action);
        Assert.Equal("ConstraintValidationFailed", error.ErrorClass);
    }
}
