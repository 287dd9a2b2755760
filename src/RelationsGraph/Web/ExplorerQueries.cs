using RelationsGraph.Loading.Catalog;

namespace RelationsGraph.Web;

/// <summary>
/// The explorer's own read statements, kept in cypher/explorer/ beside the shared named queries so that
/// every statement the app runs is in cypher/.
/// </summary>
internal static class ExplorerQueries
{
    public static string Get(string name) => CypherCatalog.Get($"explorer/{name}");
}
