using RelationsGraph.Cypher.Storage;
using RelationsGraph.Loading.Database.Neo4j;

namespace RelationsGraph.Loading.Database;

/// <summary>Opens the database the settings point at: Neo4j over HTTP when a URI is set, else the embedded store.</summary>
public static class GraphDatabaseFactory
{
    public static IGraphDatabasePort Open(GraphDatabaseSettings settings)
    {
        if (settings.Neo4jUri is { } uri)
            return new Neo4jHttpGraphDatabase(new Neo4jConnection(uri, settings.Neo4jUser, settings.Neo4jPassword, settings.Neo4jDatabase)
            {
                BearerToken = settings.Neo4jBearerToken,
            });
        return EmbeddedGraphDatabase.Open(settings.DataDirectory, new GraphStoreOptions { ReadOnly = settings.ReadOnly, Recover = settings.Recover });
    }
}
