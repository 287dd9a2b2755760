using System.Text.RegularExpressions;
using RelationsGraph.Cypher;
using RelationsGraph.Tck.Gherkin;
using RelationsGraph.Tck.Values;

namespace RelationsGraph.Tck.Execution;

/// <summary>
/// Plays one scenario's steps against its own fresh in-memory database. A failed expectation, an unexpected
/// engine error or an unsupported step throws ScenarioFailedException; returning means the scenario passed.
/// </summary>
public sealed partial class ScenarioExecutor : IDisposable
{
    private readonly string _featuresDirectory;
    private readonly Func<ITckDatabase> _createDatabase;
    private readonly QueryOptions _queryOptions;
    private readonly CancellationToken _cancellation;
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private ITckDatabase? _database;
    private QueryOutcome? _outcome;
    private GraphSnapshot? _before;

    public ScenarioExecutor(string featuresDirectory, Func<ITckDatabase> createDatabase, TimeSpan queryTimeout, CancellationToken cancellation)
    {
        _featuresDirectory = featuresDirectory;
        _createDatabase = createDatabase;
        _queryOptions = new QueryOptions { Timeout = queryTimeout };
        _cancellation = cancellation;
    }

    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    private sealed record QueryOutcome(string Query, QueryResult? Result, Exception? Error);

    public void Run(Scenario scenario)
    {
        var checksSideEffects = scenario.Steps.Any(s => s.Text is "no side effects" or "the side effects should be:");
        foreach (var step in scenario.Steps)
        {
            _cancellation.ThrowIfCancellationRequested();
            RunStep(step, checksSideEffects);
        }
    }

    private void RunStep(Step step, bool checksSideEffects)
    {
        var text = step.Text;
        switch (text)
        {
            case "an empty graph" or "any graph":
                _ = Database;
                return;
            case "having executed:" or "after having executed:":
                RunSetup(RequireDocString(step));
                return;
            case "parameters are:" or "parameter values are:":
                ReadParameters(step);
                return;
            case "executing query:":
                ExecuteQuery(RequireDocString(step), checksSideEffects);
                return;
            case "executing control query:":
                _outcome = Execute(RequireDocString(step));
                return;
            case "the result should be empty":
                CheckResult(new DataTable([]), ordered: false, ignoreListOrder: false, expectEmpty: true);
                return;
            case "no side effects":
                CheckSideEffects(null);
                return;
            case "the side effects should be:":
                CheckSideEffects(RequireTable(step));
                return;
        }
        if (text.StartsWith("executing query: ", StringComparison.Ordinal))
        {
            ExecuteQuery(text["executing query: ".Length..], checksSideEffects);
            return;
        }
        if (NamedGraphStep().Match(text) is { Success: true } graph)
        {
            LoadNamedGraph(graph.Groups[1].Value);
            return;
        }
        if (ResultStep().Match(text) is { Success: true } result)
        {
            CheckResult(RequireTable(step), ordered: result.Groups[1].Value == "in order",
                ignoreListOrder: result.Groups[2].Success, expectEmpty: false);
            return;
        }
        if (ExpectedError.TryParse(text) is { } error)
        {
            CheckError(error);
            return;
        }
        if (text.StartsWith(ProcedureStepPrefix, StringComparison.Ordinal))
        {
            DefineProcedure(step);
            return;
        }
        throw new ScenarioFailedException($"unsupported step: {text}", $"Line {step.Line}: no handler for step '{step.Keyword} {text}'");
    }

    private ITckDatabase Database
    {
        get
        {
            if (_database is not null) return _database;
            try { return _database = _createDatabase(); }
            catch (Exception e) { throw new ScenarioFailedException("cannot create database: " + ScenarioFailedException.Describe(e), e.ToString()); }
        }
    }

    private QueryOutcome Execute(string query)
    {
        try
        {
            return new QueryOutcome(query, Database.Execute(query, _parameters, _queryOptions, _cancellation), null);
        }
        catch (ScenarioFailedException) { throw; }
        catch (Exception e) { return new QueryOutcome(query, null, e); }
    }

    private void RunSetup(string query)
    {
        var outcome = Execute(query);
        if (outcome.Error is not null)
            throw new ScenarioFailedException("setup query failed: " + ScenarioFailedException.Describe(outcome.Error),
                $"Setup query failed:\n{Indent(query)}\n{outcome.Error}");
    }

    private void LoadNamedGraph(string name)
    {
        var script = System.IO.Path.Combine(_featuresDirectory, "..", "graphs", name, name + ".cypher");
        if (!File.Exists(script))
            throw new ScenarioFailedException($"unknown named graph {name}", $"No script for the named graph at {System.IO.Path.GetFullPath(script)}");
        RunSetup(File.ReadAllText(script));
    }

    private const string ProcedureStepPrefix = "there exists a procedure ";

    /// <summary>"there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: INTEGER?):" with a table of in/out rows.</summary>
    private void DefineProcedure(Step step)
    {
        var signature = step.Text[ProcedureStepPrefix.Length..].TrimEnd(':').Trim();
        var table = RequireTable(step).Rows;
        var fields = table[0];
        var rows = table.Skip(1)
            .Select(row => (IReadOnlyDictionary<string, object?>)fields.Zip(row).ToDictionary(p => p.First, p => ParseParameter(p.Second, step)))
            .ToList();
        try { Database.RegisterProcedure(signature, rows); }
        catch (Exception e) when (e is not ScenarioFailedException)
        {
            throw new ScenarioFailedException("cannot define procedure: " + ScenarioFailedException.Describe(e), $"Line {step.Line}: {signature}\n{e}");
        }
    }

    private void ReadParameters(Step step)
    {
        foreach (var row in RequireTable(step).Rows)
        {
            if (row.Count != 2) throw new ScenarioFailedException("malformed parameters table", $"Line {step.Line}: each parameter row needs a name and a value");
            _parameters[row[0]] = ParseParameter(row[1], step);
        }
    }

    private void ExecuteQuery(string query, bool checksSideEffects)
    {
        _before = checksSideEffects ? Snapshot("before the query") : null;
        _outcome = Execute(query);
    }

    private GraphSnapshot Snapshot(string when)
    {
        try
        {
            return GraphSnapshot.Take(query => Database.Execute(query, NoParameters, _queryOptions, _cancellation));
        }
        catch (ScenarioFailedException) { throw; }
        catch (Exception e)
        {
            throw new ScenarioFailedException("cannot observe side effects: " + ScenarioFailedException.Describe(e),
                $"Reading the graph {when} (MATCH (n) RETURN n / MATCH ()-[r]->() RETURN r) failed:\n{e}");
        }
    }

    private void CheckResult(DataTable table, bool ordered, bool ignoreListOrder, bool expectEmpty)
    {
        var outcome = RequireSuccess();
        var mismatch = expectEmpty
            ? (outcome.Result!.Rows.Count == 0 ? null : "expected no rows, got some")
            : ResultTable.Compare(table, outcome.Result!, ordered, ignoreListOrder);
        if (mismatch is not null)
            throw new ScenarioFailedException(mismatch,
                $"Query:\n{Indent(outcome.Query)}\nExpected:\n{(expectEmpty ? "  (no rows)" : ResultTable.Format(table))}\nActual:\n{ResultTable.Format(outcome.Result!)}");
    }

    private void CheckSideEffects(DataTable? table)
    {
        var outcome = RequireSuccess();
        if (_before is null) throw new ScenarioFailedException("side effects without a query", "No snapshot was taken before the query");
        var actual = GraphSnapshot.Diff(_before, Snapshot("after the query"));
        var expected = actual.Keys.ToDictionary(k => k, _ => 0);
        foreach (var row in table?.Rows ?? [])
        {
            if (row.Count != 2 || !expected.ContainsKey(row[0]) || !int.TryParse(row[1], out var count))
                throw new ScenarioFailedException("malformed side effects table", $"Unknown side effect row: | {string.Join(" | ", row)} |");
            expected[row[0]] = count;
        }
        var wrong = expected.Where(e => actual[e.Key] != e.Value).Select(e => $"{e.Key}: expected {e.Value}, got {actual[e.Key]}").ToList();
        if (wrong.Count > 0)
            throw new ScenarioFailedException("wrong side effects",
                $"Query:\n{Indent(outcome.Query)}\nSide effects differ: {string.Join("; ", wrong)}");
    }

    private void CheckError(ExpectedError expected)
    {
        var outcome = _outcome ?? throw new ScenarioFailedException("error check without a query", "No query ran before the error step");
        if (outcome.Error is null)
            throw new ScenarioFailedException($"expected {expected.ErrorClass}/{expected.Detail}, query succeeded",
                $"Query:\n{Indent(outcome.Query)}\nExpected {expected}, but it returned:\n{ResultTable.Format(outcome.Result!)}");
        if (outcome.Error is not CypherException error)
            throw new ScenarioFailedException($"expected {expected.ErrorClass}/{expected.Detail}, got {ScenarioFailedException.Describe(outcome.Error)}",
                $"Query:\n{Indent(outcome.Query)}\nExpected {expected}, got:\n{outcome.Error}");
        if (error.ErrorClass != expected.ErrorClass || !expected.AcceptsDetail(error.Detail))
            throw new ScenarioFailedException($"expected {expected.ErrorClass}/{expected.Detail}, got {error.ErrorClass}/{error.Detail}",
                $"Query:\n{Indent(outcome.Query)}\nExpected {expected}, got {error.ErrorClass}/{error.Detail} at {error.Phase}: {error.Message}");
        if (!expected.AcceptsPhase(error.Phase))
            throw new ScenarioFailedException($"{expected.ErrorClass}/{expected.Detail} raised at the wrong phase",
                $"Query:\n{Indent(outcome.Query)}\nExpected {expected}, got it at {error.Phase}: {error.Message}");
    }

    private QueryOutcome RequireSuccess()
    {
        var outcome = _outcome ?? throw new ScenarioFailedException("result check without a query", "No query ran before the result step");
        if (outcome.Error is not null)
            throw new ScenarioFailedException(ScenarioFailedException.Describe(outcome.Error),
                $"Query:\n{Indent(outcome.Query)}\nfailed with:\n{outcome.Error}");
        return outcome;
    }

    /// <summary>Parses a value written in a step's table (parameters, procedure rows).</summary>
    private static object? ParseParameter(string text, Step step)
    {
        try { return TckValueParser.Parse(text); }
        catch (FormatException e) { throw new ScenarioFailedException("unreadable TCK value", $"Line {step.Line}: {e.Message}"); }
    }

    private static string RequireDocString(Step step)
        => step.DocString ?? throw new ScenarioFailedException("malformed step", $"Line {step.Line}: '{step.Text}' needs a doc string");

    private static DataTable RequireTable(Step step)
        => step.Table ?? throw new ScenarioFailedException("malformed step", $"Line {step.Line}: '{step.Text}' needs a table");

    private static string Indent(string query) => string.Join("\n", query.Split('\n').Select(l => "    " + l));

    public void Dispose() => _database?.Dispose();

    [GeneratedRegex(@"^the ([\w-]+) graph$")]
    private static partial Regex NamedGraphStep();

    [GeneratedRegex(@"^the result should be(?:, (in order|in any order))?( \(ignoring element order for lists\))?:$")]
    private static partial Regex ResultStep();
}
