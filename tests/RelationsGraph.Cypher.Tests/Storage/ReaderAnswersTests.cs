using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// What an entity holds is read through a reader, which answers as of its own state: a reader at its snapshot, the
/// writer at its newest, even when both are open on one thread and the same handle is asked of each.
/// </summary>
public sealed class ReaderAnswersTests
{
    [Fact]
    public void A_reader_and_the_writer_on_one_thread_each_answer_for_the_same_handle_as_of_their_own_state()
    {
        using var store = GraphStore.CreateInMemory();
        NodeEntity a = null!, b = null!;
        RelationshipEntity knows = null!;
        store.Write(tx =>
        {
            a = tx.CreateNode("Person", ("name", "Ada"));
            b = tx.CreateNode("Person", ("name", "Bo"));
            knows = tx.CreateRelationship(a, b, "KNOWS", [new("since", 1L)]);
        });

        using var reader = store.BeginRead();
        using var writer = store.BeginWrite();
        writer.SetProperty(a, "name", "Ada Lovelace");
        writer.AddLabel(a, "Author");
        writer.SetProperty(knows, "since", 2L);
        writer.DeleteRelationship(knows);
        writer.DeleteNode(b);

        Assert.Equal("Ada", reader.PropertiesOf(a)["name"]);
        Assert.Equal("Ada Lovelace", writer.PropertiesOf(a)["name"]);
        Assert.Equal(["Person"], reader.LabelsOf(a));
        Assert.Equal(["Author", "Person"], writer.LabelsOf(a).Order());
        Assert.Equal(1L, reader.PropertiesOf(knows)["since"]);
        Assert.Equal(2L, writer.PropertiesOf(knows)["since"]);
        Assert.False(reader.IsDeleted(b));
        Assert.True(writer.IsDeleted(b));
        Assert.False(reader.IsDeleted(knows));
        Assert.True(writer.IsDeleted(knows));
    }

    [Fact]
    public void A_relationship_ends_come_from_the_reader()
    {
        using var store = GraphStore.CreateInMemory();
        store.Write(tx =>
        {
            var a = tx.CreateNode("Person", ("name", "Ada"));
            tx.CreateRelationship(a, tx.CreateNode("Person", ("name", "Bo")), "KNOWS", []);
        });
        using var reader = store.BeginRead();
        var knows = reader.AllRelationships().Single();
        var (start, end) = (reader.StartOf(knows), reader.EndOf(knows));
        Assert.Equal("Ada", reader.PropertiesOf(start)["name"]);
        Assert.Equal("Bo", reader.PropertiesOf(end)["name"]);
        Assert.Same(end, reader.OtherNode(knows, start));
        Assert.Same(start, reader.OtherNode(knows, end));
    }

    [Fact]
    public void A_relationship_without_properties_at_the_snapshot_has_none_for_the_reader_after_the_writer_sets_one()
    {
        using var store = GraphStore.CreateInMemory();
        store.Write(tx => tx.CreateRelationship(tx.CreateNode("Person", ("name", "Ada")), tx.CreateNode("Person", ("name", "Bo")), "KNOWS", []));
        using var reader = store.BeginRead();
        var knows = reader.AllRelationships().Single();
        store.Write(tx => tx.SetProperty(knows, "since", 3L));

        Assert.Empty(reader.PropertiesOf(knows));
        using var later = store.BeginRead();
        Assert.Equal(3L, later.PropertiesOf(knows)["since"]);
    }
}
