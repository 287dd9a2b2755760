namespace RelationsGraph.Cypher;

/// <summary>
/// How one statement may run. Every limit is enforced by the engine from the moment the statement
/// arrives: parsing, planning, waiting for the store and running all count against Timeout, and a
/// limit that is hit ends the statement with a CypherException naming it.
/// </summary>
public sealed record QueryOptions
{
    public static readonly QueryOptions Default = new();

    public const long DefaultMaxMemoryBytes = 1L << 30;
    public const long DefaultMaxResultBytes = 512L << 20;
    public const long DefaultMaxValueBytes = 128L << 20;
    public const int DefaultMaxQueryLength = 1_000_000;
    public const int DefaultMaxNestingDepth = Syntax.Parsing.Parser.DefaultMaxNesting;

    /// <summary>Refuse CREATE, MERGE, SET, DELETE, REMOVE and schema commands, naming the clause.</summary>
    public bool ReadOnly { get; init; }
    public TimeSpan? Timeout { get; init; }
    /// <summary>Stop after this many rows and mark the result truncated.</summary>
    public int? MaxRows { get; init; }
    /// <summary>
    /// Estimated memory the statement may hold at once: lists, strings and maps it builds, collect(),
    /// sort and DISTINCT buffers, and its result (Neo4j's db.memory.transaction.max). Null: no limit.
    /// </summary>
    public long? MaxMemoryBytes { get; init; } = DefaultMaxMemoryBytes;
    /// <summary>Estimated size of the whole result. Null: no limit.</summary>
    public long? MaxResultBytes { get; init; } = DefaultMaxResultBytes;
    /// <summary>Estimated size of any one value of the result, e.g. one huge list in one row. Null: no limit.</summary>
    public long? MaxValueBytes { get; init; } = DefaultMaxValueBytes;
    /// <summary>
    /// The folder LOAD CSV reads file:/// URLs from (Neo4j's server.directories.import): file:///a/b.csv is
    /// IMPORT/a/b.csv, and a URL that leads outside it is refused. Null refuses file URLs altogether.
    /// </summary>
    public string? ImportDirectory { get; init; }
    /// <summary>Longest query text accepted, in characters.</summary>
    public int MaxQueryLength { get; init; } = DefaultMaxQueryLength;
    /// <summary>Deepest nesting of brackets and expressions accepted (at most the default, 200).</summary>
    public int MaxNestingDepth { get; init; } = DefaultMaxNestingDepth;
}
