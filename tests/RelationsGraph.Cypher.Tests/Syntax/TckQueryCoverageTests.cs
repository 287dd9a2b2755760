using System.Text.RegularExpressions;
using RelationsGraph.Cypher.Semantics;
using RelationsGraph.Cypher.Syntax;
using RelationsGraph.Cypher.Tests.Tck;
using RelationsGraph.Tck.Gherkin;

namespace RelationsGraph.Cypher.Tests.Syntax;

/// <summary>
/// The front end against every query of the openCypher TCK: what the TCK runs must compile, and
/// what it expects to fail at compile time must fail with its error class and detail.
/// </summary>
public sealed partial class TckQueryCoverageTests
{
    /// <summary>Compile-time errors that need the procedure catalogue or the parameters, so the planner raises them.</summary>
    private static readonly HashSet<string> PlannerDetails = ["ProcedureNotFound", "InvalidNumberOfArguments", "MissingParameter"];

    [GeneratedRegex(@"^an? (\w+) should be raised at compile time: (\w+)")]
    private static partial Regex CompileErrorStep();

    private sealed record TckQuery(string Where, string Text, (string Class, string Detail)? ExpectedError);

    private static IEnumerable<TckQuery> Queries()
    {
        foreach (var file in Directory.EnumerateFiles(TckLocation.FeaturesDirectory!, "*.feature", SearchOption.AllDirectories).Order())
        {
            foreach (var scenario in FeatureReader.ReadFile(file).Scenarios)
            {
                var expected = scenario.Steps.Select(s => CompileErrorStep().Match(s.Text)).FirstOrDefault(m => m.Success);
                foreach (var step in scenario.Steps.Where(s => s.DocString is not null && s.Text.Contains("execut", StringComparison.Ordinal)))
                {
                    var failing = expected is not null && step.Keyword == "When";
                    yield return new TckQuery($"{System.IO.Path.GetFileName(file)}: {scenario.Name}", step.DocString!,
                        failing ? (expected!.Groups[1].Value, expected.Groups[2].Value) : null);
                }
            }
        }
    }

    private static (string Class, string Detail)? Compile(string query)
    {
        try
        {
            SemanticAnalyzer.Analyze(CypherParser.Parse(query));
            return null;
        }
        catch (CypherException error)
        {
            return (error.ErrorClass, error.Detail);
        }
    }

    [TckFact]
    public void Every_query_the_TCK_runs_successfully_compiles()
    {
        var queries = Queries().Where(q => q.ExpectedError is null).ToList();
        var failures = queries.Select(q => (q, Error: Compile(q.Text))).Where(r => r.Error is not null)
            .Select(r => $"{r.q.Where}: {r.Error}\n{r.q.Text}").ToList();

        Assert.True(queries.Count > 3000, $"Only {queries.Count} TCK queries were found.");
        Assert.Empty(failures);
    }

    [TckFact]
    public void Every_compile_time_error_the_TCK_expects_is_raised_with_its_detail()
    {
        var queries = Queries().Where(q => q.ExpectedError is { } e && !PlannerDetails.Contains(e.Detail)).ToList();
        var mismatches = queries.Select(q => (q, Actual: Compile(q.Text))).Where(r => r.Actual != r.q.ExpectedError)
            .Select(r => $"{r.q.Where}: expected {r.q.ExpectedError}, got {r.Actual?.ToString() ?? "no error"}\n{r.q.Text}").ToList();

        Assert.True(queries.Count > 400, $"Only {queries.Count} failing TCK queries were found.");
        Assert.Empty(mismatches);
    }
}
