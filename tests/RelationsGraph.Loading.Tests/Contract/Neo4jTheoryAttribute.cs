namespace RelationsGraph.Loading.Tests.Contract;

/// <summary>A theory that runs only when NEO4J_URI points at a Neo4j server; otherwise it is reported as skipped, with why.</summary>
public sealed class Neo4jTheoryAttribute : TheoryAttribute
{
    public Neo4jTheoryAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
            Skip = "NEO4J_URI is not set: the Neo4j run of the graph-database contract was skipped (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run it).";
    }
}
