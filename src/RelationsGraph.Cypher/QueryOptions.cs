namespace RelationsGraph.Cypher;

public sealed record QueryOptions
{
    public static readonly QueryOptions Default = new();
    /// <summary>Refuse CREATE, MERGE, SET, DELETE, REMOVE and schema commands, naming the clause.</summary>
    public bool ReadOnly { get; init; }
    public TimeSpan? Timeout { get; init; }
    /// <summary>Stop after this many rows and mark the result truncated.</summary>
    public int? MaxRows { get; init; }
}
