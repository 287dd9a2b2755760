using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>A relationship keeps its type as a number beside its id: the name reads back, and deleting leaves it alone.</summary>
public sealed class RelationshipTypeNumbersTests
{
    [Fact]
    public void One_name_gets_one_number_and_reads_back_as_one_shared_instance()
    {
        var first = RelationshipTypeNumbers.NumberOf("WROTE_TO");
        var again = RelationshipTypeNumbers.NumberOf(new string("WROTE_TO".AsSpan()));
        var other = RelationshipTypeNumbers.NumberOf("REPLIED_TO");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Same(RelationshipTypeNumbers.NameOf(first), RelationshipTypeNumbers.NameOf(again));
        Assert.Equal("REPLIED_TO", RelationshipTypeNumbers.NameOf(other));
    }

    [Fact]
    public void Many_names_past_the_first_array_all_read_back()
    {
        var names = Enumerable.Range(0, 100).Select(i => $"TYPE_NUMBER_TEST_{i}").ToArray();
        var numbers = names.Select(RelationshipTypeNumbers.NumberOf).ToArray();

        Assert.Equal(names, numbers.Select(RelationshipTypeNumbers.NameOf));
    }

    [Fact]
    public void Marking_a_relationship_deleted_and_live_again_keeps_its_type_and_id()
    {
        var start = new NodeEntity(1);
        var end = new NodeEntity(2);
        var relationship = new RelationshipEntity(7, RelationshipTypeNumbers.NumberOf("SENT"), start, end);

        relationship.HeadDeleted = true;
        Assert.True(relationship.HeadDeleted);
        Assert.Equal("SENT", relationship.Type);
        Assert.Equal(7, relationship.Id);

        relationship.HeadDeleted = false;
        Assert.False(relationship.HeadDeleted);
        Assert.Equal("SENT", relationship.Type);
    }

    [Fact]
    public void Stored_relationships_of_several_types_keep_their_types_through_a_rollback_and_a_reopen()
    {
        using var folder = new TempDirectory();
        using (var db = GraphDatabase.Open(folder.Path))
        {
            db.Execute("CREATE (a:P {n: 1}), (b:P {n: 2}) CREATE (a)-[:LIKES]->(b), (b)-[:BLOCKS]->(a)");
            using (var transaction = db.BeginTransaction())
            {
                transaction.Execute("MATCH (a:P {n: 1})-[r:LIKES]->() DELETE r");
                transaction.Rollback();
            }
            Assert.Equal(["BLOCKS", "LIKES"], db.Execute("MATCH ()-[r]->() RETURN type(r) AS t ORDER BY t").Rows.Select(row => (string)row[0]!));
        }
        using var reopened = GraphDatabase.Open(folder.Path);
        Assert.Equal(["BLOCKS", "LIKES"], reopened.Execute("MATCH ()-[r]->() RETURN type(r) AS t ORDER BY t").Rows.Select(row => (string)row[0]!));
    }
}
