using RelationsGraph.Loading.Database;

namespace RelationsGraph.Loading.Tests.Contract;

/// <summary>The contract against the embedded store (always, on disk in a temp dir) and against Neo4j (when NEO4J_URI is set).</summary>
public sealed class GraphDatabaseContractTests
{
    [Theory]
    [MemberData(nameof(GraphDatabaseContract.Checks), MemberType = typeof(GraphDatabaseContract))]
    public async Task Embedded(string check)
    {
        using var directory = new TempDirectory();
        await using var database = EmbeddedGraphDatabase.Open(directory.Path);
        await GraphDatabaseContract.RunAsync(check, database);
    }

    [Neo4jTheory]
    [MemberData(nameof(GraphDatabaseContract.Checks), MemberType = typeof(GraphDatabaseContract))]
    public async Task Neo4j(string check)
    {
        await using var database = GraphDatabaseFactory.Open(GraphDatabaseSettings.Resolve());
        await GraphDatabaseContract.RunAsync(check, database);
    }
}
