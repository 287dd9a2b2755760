using RelationsGraph.Tck.Execution;
using RelationsGraph.Tck.Reporting;

namespace RelationsGraph.Cypher.Tests.Tck;

public sealed class TckRunnerTests : IDisposable
{
    private readonly string _features = Directory.CreateTempSubdirectory("tck-runner-test").FullName;

    public TckRunnerTests()
    {
        Directory.CreateDirectory(System.IO.Path.Combine(_features, "clauses", "return"));
        File.WriteAllText(System.IO.Path.Combine(_features, "clauses", "return", "Return1.feature"), """
            Feature: Return1

              Scenario: [1] Passes
                Given any graph
                When executing query:
                  '''
                  RETURN 1 AS x
                  '''
                Then the result should be, in any order:
                  | x |
                  | 1 |

              Scenario: [2] Hangs
                Given any graph
                When executing query:
                  '''
                  HANG
                  '''
                Then the result should be empty
            """.Replace("'''", "\"\"\""));
    }

    private static ScriptedDatabase Database() => new ScriptedDatabase()
        .Returns("RETURN 1 AS x", ["x"], [1L])
        .On("HANG", _ => { Thread.Sleep(Timeout.Infinite); return null!; });

    [Fact]
    public void Counts_per_folder_and_abandons_a_scenario_that_ignores_its_timeout()
    {
        var results = TckRunner.Run(new TckRunOptions(_features)
        {
            ScenarioTimeout = TimeSpan.FromMilliseconds(200),
            CreateDatabase = Database,
        });

        var summary = TckSummary.From(results);
        Assert.Equal([new FolderCount("clauses/return", 1, 1)], summary.Folders);
        Assert.Equal("timeout (abandoned)", results.Single(r => !r.Passed).Cause);
        Assert.Equal(1, summary.PassedUnder("clauses"));
        Assert.Contains("\"passed\": 1", SummaryWriter.Json(summary));
    }

    [Fact]
    public void The_filter_selects_scenarios_by_title()
    {
        var results = TckRunner.Run(new TckRunOptions(_features) { Filter = "passes", CreateDatabase = Database });

        Assert.Equal("[1] Passes", Assert.Single(results).ScenarioName);
    }

    [Fact]
    public void An_unreadable_feature_file_counts_as_a_failure_instead_of_stopping_the_run()
    {
        File.WriteAllText(System.IO.Path.Combine(_features, "clauses", "return", "Broken.feature"), "Feature: Broken\n  Given no scenario\n");

        var results = TckRunner.Run(new TckRunOptions(_features) { CreateDatabase = Database, Filter = "passes" });

        Assert.Equal("unreadable feature file", Assert.Single(results, r => !r.Passed).Cause);
        Assert.Single(results, r => r.Passed);
    }

    public void Dispose() => Directory.Delete(_features, recursive: true);
}
