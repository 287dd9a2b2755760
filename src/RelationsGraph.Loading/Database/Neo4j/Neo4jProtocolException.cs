using RelationsGraph.Cypher;

namespace RelationsGraph.Loading.Database.Neo4j;

/// <summary>Neo4j answered with something the adapter does not understand (or did not answer at all).</summary>
public sealed class Neo4jProtocolException(string message)
    : CypherException("Neo4jError", "Neo.DatabaseError.General.UnknownError", ErrorPhase.Runtime, message);
