using System.Diagnostics;
using RelationsGraph.Cypher;

namespace RelationsGraph.Fuzz;

/// <summary>How one input ended. Anything but Clean or CypherError is a finding.</summary>
internal enum Verdict { Clean, CypherError, Crash, Overrun, EscapedArithmetic }

internal sealed record Outcome(Verdict Verdict, TimeSpan Elapsed, string? Detail, bool TimedOut = false)
{
    public bool IsFinding => Verdict is not (Verdict.Clean or Verdict.CypherError);
}

/// <summary>
/// Runs one input through parse, analysis, planning and execution on an in-memory graph under a small
/// time and memory limit. Reads run auto-commit and read-only; every other input runs in an explicit
/// transaction that is rolled back, so writes never change what the next input sees.
/// </summary>
internal sealed class FuzzTarget : IDisposable
{
    /// <summary>A small graph with every kind of value, so MATCH and property access have something to find.</summary>
    private const string SeedGraph =
        "CREATE (a:Person {id: 1, name: 'Ada', born: date('1815-12-10'), tags: ['x', 'y'], score: 1.5})," +
        " (b:Person:Admin {id: 2, name: 'Bob', since: datetime('2020-01-01T10:00:00Z')})," +
        " (c:Country {id: 3, name: 'Chile', code: 'CL'}), (m:Meeting {id: 4, at: localdatetime('2021-05-05T09:30')})," +
        " (a)-[:KNOWS {since: 2001, w: 0.5}]->(b), (b)-[:KNOWS]->(a), (a)-[:REPRESENTS]->(c)," +
        " (b)-[:ATTENDED {role: 'chair'}]->(m), (a)-[:ATTENDED]->(m), (m)-[:HELD_IN]->(c), (c)-[:SELF]->(c)";

    private readonly QueryOptions options;
    private GraphDatabase database = NewDatabase();
    private long runs;

    public FuzzTarget(TimeSpan timeLimit, long memoryLimitBytes)
    {
        TimeLimit = timeLimit;
        options = new QueryOptions
        {
            Timeout = timeLimit,
            MaxMemoryBytes = memoryLimitBytes,
            MaxResultBytes = memoryLimitBytes / 2,
            MaxValueBytes = memoryLimitBytes / 4,
            MaxRows = 1000,
        };
    }

    public TimeSpan TimeLimit { get; }

    /// <summary>The allowance beyond the time limit before a run counts as an overrun.</summary>
    public TimeSpan Tolerance => TimeLimit * 0.1;

    public Outcome Run(string query)
    {
        // Schema commands may not roll back with the transaction, so start afresh now and then.
        if (++runs % 2000 == 0) { database.Dispose(); database = NewDatabase(); }
        var clock = Stopwatch.StartNew();
        try
        {
            if (runs % 2 == 0)
                database.Execute(query, Parameters, options with { ReadOnly = true });
            else
            {
                using var transaction = database.BeginTransaction();
                transaction.Execute(query, Parameters, options);
                transaction.Rollback();
            }
            return Judge(Verdict.Clean, clock.Elapsed, null);
        }
        catch (CypherException e) when (e.InnerException is ArithmeticException inner)
        {
            return new Outcome(Verdict.EscapedArithmetic, clock.Elapsed, $"{inner.GetType().Name}: {inner.Message}\n{inner.StackTrace}");
        }
        catch (CypherException e)
        {
            return Judge(Verdict.CypherError, clock.Elapsed, null) with { TimedOut = e.ErrorClass == "Timeout" };
        }
        catch (Exception e)
        {
            return new Outcome(Verdict.Crash, clock.Elapsed, $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
    }

    private Outcome Judge(Verdict verdict, TimeSpan elapsed, string? detail) =>
        elapsed > TimeLimit + Tolerance
            ? new Outcome(Verdict.Overrun, elapsed, $"ran {elapsed.TotalMilliseconds:0} ms against a limit of {TimeLimit.TotalMilliseconds:0} ms ({verdict})")
            : new Outcome(verdict, elapsed, detail);

    private static readonly IReadOnlyDictionary<string, object?> Parameters = new Dictionary<string, object?>
    {
        ["id"] = 1L, ["name"] = "Ada", ["list"] = new object?[] { 1L, 2L, 3L }, ["map"] = new Dictionary<string, object?> { ["k"] = "v" },
        ["big"] = long.MaxValue, ["text"] = new string('x', 1000), ["null"] = null,
    };

    private static GraphDatabase NewDatabase()
    {
        var database = GraphDatabase.CreateInMemory();
        database.Execute(SeedGraph);
        return database;
    }

    public void Dispose() => database.Dispose();
}
