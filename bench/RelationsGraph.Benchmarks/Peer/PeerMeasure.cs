namespace RelationsGraph.Benchmarks.Peer;

/// <summary>
/// One measured question, asked of both engines with the same parameters. Names match the Kuzu peer's
/// query table (bench/kuzu/peer.mjs); the Cypher here is Neo4j's dialect, which the embedded engine speaks.
/// </summary>
public sealed record PeerMeasure(string Label, string PeerQuery, string Cypher)
{
    public static readonly PeerMeasure Lookup = new("unique lookup", "lookup", "MATCH (p:Person {id: $a}) RETURN p.id");
    public static readonly PeerMeasure OneHop = new("1-hop count", "oneHop", "MATCH (p:Person {id: $a})-[:KNOWS]-(q:Person) RETURN count(q)");
    public static readonly PeerMeasure TwoHop = new("2-hop distinct", "twoHop",
        "MATCH (p:Person {id: $a})-[:KNOWS]-(:Person)-[:KNOWS]-(q:Person) WHERE q.id <> $a RETURN count(DISTINCT q)");
    public static readonly PeerMeasure ShortestPath = new("shortest path", "shortestPath",
        "MATCH (a:Person {id: $a}), (b:Person {id: $b}) MATCH p = shortestPath((a)-[:KNOWS*..30]-(b)) RETURN length(p)");
    public static readonly PeerMeasure TopDegree = new("top-10 by degree", "topDegree",
        "MATCH (p:Person)-[:KNOWS]-(:Person) RETURN p.id AS id, count(*) AS d ORDER BY d DESC, id LIMIT 10");
    public static readonly PeerMeasure ScanFilter = new("full-scan filter", "scanFilter",
        "MATCH (p:Person) WHERE p.score >= $a AND p.score < $b RETURN count(*)");
    public static readonly PeerMeasure HubOneHop = OneHop with { Label = "hub 1-hop count" };
    public static readonly PeerMeasure HubTwoHop = TwoHop with { Label = "hub 2-hop distinct" };

    /// <summary>Whether --measures names this measure: its peer query or its label without spaces, any case ("shortestPath", "hub2-hopdistinct").</summary>
    public bool IsNamed(string name) =>
        string.Equals(name, PeerQuery, StringComparison.OrdinalIgnoreCase) || string.Equals(name, Label.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);

    /// <summary>An answer both sides print alike: a scalar, "id:degree,..." for the top-10 list, -1 for no row.</summary>
    public string Answer(IReadOnlyList<object?[]> rows) => PeerQuery == "topDegree"
        ? string.Join(",", rows.Select(r => $"{r[0]}:{r[1]}"))
        : rows.Count == 0 ? "-1" : Convert.ToString(rows[0][0], System.Globalization.CultureInfo.InvariantCulture)!;
}
