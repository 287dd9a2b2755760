namespace RelationsGraph.Loading.Catalog;

/// <summary>One question of cypher/examples.cypher with the statement that answers it.</summary>
public sealed record CypherExample(string Question, string Cypher);
