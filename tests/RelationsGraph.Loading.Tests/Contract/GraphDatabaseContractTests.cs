using RelationsGraph.Loading.Database;
using RelationsGraph.Loading.Tests.QueryApi;

namespace RelationsGraph.Loading.Tests.Contract;

/// <summary>
/// The contract against the embedded store (on disk in a temp dir) and against the Neo4j adapter over
/// real HTTP: against the Neo4j that NEO4J_URI names when it is set, else against the app's own served
/// Neo4j Query API on a loopback port. Neither run is ever skipped.
/// </summary>
public sealed class GraphDatabaseContractTests(ServedQueryApiFixture served) : IClassFixture<ServedQueryApiFixture>
{
    [Theory]
    [MemberData(nameof(GraphDatabaseContract.Checks), MemberType = typeof(GraphDatabaseContract))]
    public async Task Embedded(string check)
    {
        using var directory = new TempDirectory();
        await using var database = EmbeddedGraphDatabase.Open(directory.Path);
        await GraphDatabaseContract.RunAsync(check, database);
    }

    [Theory]
    [MemberData(nameof(GraphDatabaseContract.Checks), MemberType = typeof(GraphDatabaseContract))]
    public async Task Neo4j(string check)
    {
        var settings = GraphDatabaseSettings.Resolve();
        await using var database = settings.UsesNeo4j ? GraphDatabaseFactory.Open(settings) : served.Server.Connect();
        await GraphDatabaseContract.RunAsync(check, database);
    }
}
