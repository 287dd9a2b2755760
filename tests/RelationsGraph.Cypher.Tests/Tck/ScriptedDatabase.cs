using RelationsGraph.Tck.Execution;

namespace RelationsGraph.Cypher.Tests.Tck;

/// <summary>
/// A stand-in database for runner tests: each query text maps to a result or an error. The side-effect
/// observation queries return the current Nodes, which a scripted query may change through its action.
/// </summary>
internal sealed class ScriptedDatabase : ITckDatabase
{
    private readonly Dictionary<string, Func<ScriptedDatabase, QueryResult>> _script = new(StringComparer.Ordinal);

    public List<Node> Nodes { get; } = [];
    public List<string> Executed { get; } = [];
    public IReadOnlyDictionary<string, object?>? LastParameters { get; private set; }

    public ScriptedDatabase On(string query, Func<ScriptedDatabase, QueryResult> respond)
    {
        _script[query] = respond;
        return this;
    }

    public ScriptedDatabase Returns(string query, string[] columns, params object?[][] rows)
        => On(query, _ => Result(columns, rows));

    public ScriptedDatabase Throws(string query, Exception error) => On(query, _ => throw error);

    public static QueryResult Result(string[] columns, params object?[][] rows) => new(columns, rows, new QueryStatistics());

    public QueryResult Execute(string query, IReadOnlyDictionary<string, object?> parameters, QueryOptions options, CancellationToken cancellation)
    {
        Executed.Add(query);
        LastParameters = parameters;
        if (query == "MATCH (n) RETURN n") return Result(["n"], Nodes.Select(n => new object?[] { n }).ToArray());
        if (query == "MATCH ()-[r]->() RETURN r") return Result(["r"]);
        return _script.TryGetValue(query, out var respond)
            ? respond(this)
            : throw new CypherException("SyntaxError", "UnscriptedQuery", ErrorPhase.Compile, $"not scripted: {query}");
    }

    public Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Procedures { get; } = [];

    public void RegisterProcedure(string signature, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows) => Procedures[signature] = rows;

    public void Dispose() { }
}
