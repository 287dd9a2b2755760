using RelationsGraph.Tck.Execution;
using RelationsGraph.Tck.Gherkin;

namespace RelationsGraph.Cypher.Tests.Tck;

public sealed class ScenarioExecutorTests
{
    private static void Run(string scenarioText, ScriptedDatabase database)
    {
        var feature = FeatureReader.Read("Feature: F\n\n  Scenario: S\n" + scenarioText.Replace("'''", "\"\"\""));
        using var executor = new ScenarioExecutor("/nonexistent/features", () => database, TimeSpan.FromSeconds(5), CancellationToken.None);
        executor.Run(feature.Scenarios.Single());
    }

    private static ScenarioFailedException Fails(string scenarioText, ScriptedDatabase database)
        => Assert.Throws<ScenarioFailedException>(() => Run(scenarioText, database));

    private const string ReturnTwoRows = """
            Given any graph
            When executing query:
              '''
              UNWIND [1, 2] AS x RETURN x
              '''
            Then the result should be, in any order:
              | x |
              | 2 |
              | 1 |
            And no side effects
        """;

    [Fact]
    public void Passes_when_rows_match_in_any_order_and_nothing_changed()
    {
        var database = new ScriptedDatabase().Returns("UNWIND [1, 2] AS x RETURN x", ["x"], [1L], [2L]);

        Run(ReturnTwoRows, database);

        Assert.Contains("UNWIND [1, 2] AS x RETURN x", database.Executed);
    }

    [Fact]
    public void In_order_results_must_keep_their_order()
    {
        var database = new ScriptedDatabase().Returns("UNWIND [1, 2] AS x RETURN x", ["x"], [1L], [2L]);

        var failure = Fails(ReturnTwoRows.Replace("in any order", "in order"), database);

        Assert.Equal("wrong values", failure.Cause);
        Assert.Contains("| 1 |", failure.Message);
    }

    [Fact]
    public void Wrong_columns_and_row_counts_fail()
    {
        Assert.Equal("wrong columns", Fails(ReturnTwoRows, new ScriptedDatabase().Returns("UNWIND [1, 2] AS x RETURN x", ["y"], [1L], [2L])).Cause);
        Assert.Equal("wrong number of rows", Fails(ReturnTwoRows, new ScriptedDatabase().Returns("UNWIND [1, 2] AS x RETURN x", ["x"], [1L])).Cause);
    }

    [Fact]
    public void An_unexpected_engine_error_is_the_cause()
    {
        var database = new ScriptedDatabase().Throws("UNWIND [1, 2] AS x RETURN x", new NotSupportedException("UNWIND is not supported"));

        Assert.Equal("NotSupportedException: UNWIND is not supported", Fails(ReturnTwoRows, database).Cause);
    }

    [Fact]
    public void Side_effects_are_observed_by_diffing_the_graph()
    {
        const string scenario = """
                Given an empty graph
                When executing query:
                  '''
                  CREATE (:A {name: 'a'})
                  '''
                Then the result should be empty
                And the side effects should be:
                  | +nodes      | 1 |
                  | +labels     | 1 |
                  | +properties | 1 |
            """;
        QueryResult Create(ScriptedDatabase db)
        {
            db.Nodes.Add(new Node("1", ["A"], new Dictionary<string, object?> { ["name"] = "a" }));
            return ScriptedDatabase.Result([]);
        }

        Run(scenario, new ScriptedDatabase().On("CREATE (:A {name: 'a'})", Create));
        var failure = Fails(scenario.Replace("| +labels     | 1 |", ""), new ScriptedDatabase().On("CREATE (:A {name: 'a'})", Create));
        Assert.Equal("wrong side effects", failure.Cause);
        Assert.Contains("+labels: expected 0, got 1", failure.Message);
    }

    [Fact]
    public void Expected_errors_check_class_detail_and_phase()
    {
        const string scenario = """
                Given any graph
                When executing query:
                  '''
                  RETURN foo()
                  '''
                Then a SyntaxError should be raised at compile time: UnknownFunction
            """;

        Run(scenario, new ScriptedDatabase().Throws("RETURN foo()", new CypherException("SyntaxError", "UnknownFunction", ErrorPhase.Compile, "no foo")));
        Assert.Equal("SyntaxError/UnknownFunction raised at the wrong phase",
            Fails(scenario, new ScriptedDatabase().Throws("RETURN foo()", new CypherException("SyntaxError", "UnknownFunction", ErrorPhase.Runtime, "no foo"))).Cause);
        Assert.Equal("expected SyntaxError/UnknownFunction, got TypeError/InvalidArgumentType",
            Fails(scenario, new ScriptedDatabase().Throws("RETURN foo()", new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Compile, "bad"))).Cause);
        Assert.Equal("expected SyntaxError/UnknownFunction, query succeeded",
            Fails(scenario, new ScriptedDatabase().Returns("RETURN foo()", ["foo()"], [1L])).Cause);
    }

    [Fact]
    public void Parameters_are_parsed_from_the_value_notation()
    {
        const string scenario = """
                Given any graph
                And parameters are:
                  | list | [1, 'two'] |
                  | n    | 3          |
                When executing query:
                  '''
                  RETURN $n AS n
                  '''
                Then the result should be, in any order:
                  | n |
                  | 3 |
            """;
        var database = new ScriptedDatabase().Returns("RETURN $n AS n", ["n"], [3L]);

        Run(scenario, database);

        Assert.Equal(3L, database.LastParameters!["n"]);
        Assert.Equal([1L, "two"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(database.LastParameters["list"]));
    }

    [Fact]
    public void Procedure_steps_register_the_signature_with_rows_keyed_by_field()
    {
        const string scenario = """
                Given an empty graph
                And there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):
                  | in | out   |
                  | 1  | 'one' |
                  | 2  | null  |
                When executing query:
                  '''
                  CALL test.my.proc(1)
                  '''
                Then the result should be, in order:
                  | out   |
                  | 'one' |
            """;
        var database = new ScriptedDatabase().Returns("CALL test.my.proc(1)", ["out"], ["one"]);

        Run(scenario, database);

        var rows = database.Procedures["test.my.proc(in :: INTEGER?) :: (out :: STRING?)"];
        Assert.Equal(2, rows.Count);
        Assert.Equal(1L, rows[0]["in"]);
        Assert.Equal("one", rows[0]["out"]);
        Assert.Null(rows[1]["out"]);
    }

    [Fact]
    public void Failing_setup_and_unknown_steps_fail_the_scenario()
    {
        const string setup = """
                Given an empty graph
                And having executed:
                  '''
                  CREATE (
                  '''
            """;

        Assert.StartsWith("setup query failed: SyntaxError/UnscriptedQuery", Fails(setup, new ScriptedDatabase()).Cause);
        Assert.Equal("unsupported step: the moon is full", Fails("    Given the moon is full\n", new ScriptedDatabase()).Cause);
    }
}
