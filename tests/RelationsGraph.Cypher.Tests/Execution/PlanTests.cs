namespace RelationsGraph.Cypher.Tests.Execution;

/// <summary>EXPLAIN and PROFILE: the operator tree the planner built, in Neo4j's names, with PROFILE's rows and db hits.</summary>
public sealed class PlanTests : QueryTestBase
{
    private void People() => Run("""
        CREATE (a:Person {name: 'Ada', age: 36}), (b:Person {name: 'Bob', age: 28}), (c:Person {name: 'Cy', age: 41}), (:City {name: 'Oslo'}),
               (a)-[:KNOWS]->(b), (a)-[:KNOWS]->(c), (b)-[:KNOWS]->(c)
        """);

    /// <summary>The operator names from the root down the left-hand side.</summary>
    private static List<string> Spine(QueryPlan plan)
    {
        var names = new List<string>();
        for (QueryPlan? step = plan; step is not null; step = step.Children.FirstOrDefault()) names.Add(step.Operator);
        return names;
    }

    private static QueryPlan Find(QueryPlan plan, string name) => plan.Flatten().First(step => step.Operator == name);

    [Fact]
    public void Explain_returns_the_plan_without_rows()
    {
        People();
        var result = Run("EXPLAIN MATCH (p:Person) WHERE p.age > 30 RETURN p.name AS name");
        Assert.Empty(result.Rows);
        Assert.Equal(["name"], result.Columns);
        var plan = Assert.IsType<QueryPlan>(result.Plan);
        // The comparison with a constant is taken into the label scan, which reads the property as a column.
        Assert.Equal(["ProduceResults", "Projection", "NodeByLabelScanColumnFilter"], Spine(plan));
        Assert.Equal("p:Person WHERE p.age > 30", Find(plan, "NodeByLabelScanColumnFilter").Details);
        Assert.Equal("p.name AS name", Find(plan, "Projection").Details);
        Assert.All(plan.Flatten(), step => Assert.Null(step.Rows));
        Assert.False(plan.Profiled);
    }

    [Fact]
    public void Explain_of_a_write_changes_nothing()
    {
        var result = Run("EXPLAIN CREATE (:Person {name: 'Eve'})");
        Assert.False(result.Statistics.ContainsUpdates);
        Assert.Equal(["ProduceResults", "Create"], Spine(result.Plan!));
        Assert.Equal(0L, Scalar("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public void Explain_of_a_write_is_allowed_in_read_only_mode()
    {
        var result = Db.Execute("EXPLAIN MERGE (p:Person {name: 'Eve'})", null, new QueryOptions { ReadOnly = true });
        Assert.Equal("Merge", result.Plan!.Children[0].Operator);
    }

    [Fact]
    public void Profile_counts_rows_and_db_hits_per_operator()
    {
        People();
        var result = Run("PROFILE MATCH (p:Person)-[:KNOWS]->(f) RETURN f.name AS name");
        Assert.Equal(3, result.Rows.Count);
        var plan = result.Plan!;
        Assert.True(plan.Profiled);
        Assert.Equal(["ProduceResults", "Projection", "Expand(All)", "NodeByLabelScan"], Spine(plan));

        var scan = Find(plan, "NodeByLabelScan");
        Assert.Equal(3, scan.Rows);
        Assert.Equal(1 + 3, scan.DbHits); // opening the label's node list, then one per node

        var expand = Find(plan, "Expand(All)");
        Assert.Matches(@"^\(p\)-\[anon_\d+:KNOWS\]->\(f\)$", expand.Details);
        Assert.Equal(3, expand.Rows);
        Assert.Equal(3 + 3, expand.DbHits); // one adjacency list per person, one per relationship

        var projection = Find(plan, "Projection");
        Assert.Equal(3, projection.Rows);
        Assert.Equal(3, projection.DbHits); // f.name per row

        Assert.Equal(3, plan.Rows);
        Assert.Equal(4 + 6 + 3, plan.TotalDbHits);
    }

    [Fact]
    public void Pattern_labels_and_properties_checked_on_each_candidate_are_db_hits()
    {
        People();
        var plan = Run("PROFILE MATCH (p:Person {age: 36})-[:KNOWS]->(f:Person) RETURN f").Plan!;
        var scan = Find(plan, "NodeByLabelScan");
        Assert.Equal("p:Person {age: 36}", scan.Details);
        Assert.Equal(1, scan.Rows);
        Assert.Equal(1 + 3 + 3, scan.DbHits); // the label's list, three people, the age of each (the label is the scan's own)
        var expand = Find(plan, "Expand(All)");
        Assert.Matches(@"^\(p\)-\[anon_\d+:KNOWS\]->\(f:Person\)$", expand.Details);
        Assert.Equal(2, expand.Rows);
        Assert.Equal(1 + 2 + 2, expand.DbHits); // Ada's adjacency list, her two relationships, the label of each far end
    }

    [Fact]
    public void Reads_of_a_subquery_in_an_expression_are_charged_to_the_operator_evaluating_it()
    {
        People();
        var plan = Run("PROFILE MATCH (p:Person) WHERE exists((p)-[:KNOWS]->()) RETURN p.name AS name").Plan!;
        var filter = Find(plan, "Filter");
        Assert.Equal(2, filter.Rows);
        Assert.Equal(3 + 2, filter.DbHits); // each person's adjacency list; Ada and Bob stop at their first relationship
        Assert.Equal(plan.Flatten().Sum(step => step.DbHits), plan.TotalDbHits);
    }

    [Fact]
    public void Profile_of_a_write_applies_it()
    {
        var result = Run("PROFILE UNWIND [1, 2] AS i CREATE (:N {i: i})");
        Assert.Equal(2, result.Statistics.NodesCreated);
        Assert.Equal(2, Find(result.Plan!, "Create").Rows);
        Assert.Equal(2L, Scalar("MATCH (n:N) RETURN count(n)"));
    }

    [Fact]
    public void An_index_is_sought_and_a_bound_end_is_expanded_into()
    {
        People();
        Run("CREATE INDEX FOR (p:Person) ON (p.name)");
        var plan = Run("EXPLAIN MATCH (a:Person {name: 'Ada'}), (b:Person {name: 'Bob'}) MATCH (a)-[k:KNOWS]->(b) RETURN k").Plan!;
        var seeks = plan.Flatten().Where(step => step.Operator == "NodeIndexSeek").Select(step => step.Details).Order();
        Assert.Equal(["RANGE INDEX a:Person(name) WHERE name = 'Ada'", "RANGE INDEX b:Person(name) WHERE name = 'Bob'"], seeks);
        Assert.Equal("(a)-[k:KNOWS]->(b)", Find(plan, "Expand(Into)").Details);
    }

    [Fact]
    public void Aggregation_sort_and_limit_have_their_operators()
    {
        People();
        var result = Run("PROFILE MATCH (p:Person)-[:KNOWS]->(f) RETURN f.name AS name, count(*) AS c ORDER BY c DESC LIMIT 1");
        // The aggregate's column is projected from the grouped row, as the planner does it.
        Assert.Equal(["ProduceResults", "Top", "Projection", "EagerAggregation", "Expand(All)", "NodeByLabelScan"], Spine(result.Plan!));
        Assert.Equal("f.name AS name, count(*)", Find(result.Plan!, "EagerAggregation").Details);
        Assert.Equal("c DESC LIMIT 1", Find(result.Plan!, "Top").Details);
        Assert.Equal(2, Find(result.Plan!, "EagerAggregation").Rows);
        Assert.Equal(1, Find(result.Plan!, "Top").Rows);
        Assert.Equal("Cy", result.Rows[0][0]);
    }

    [Fact]
    public void Optional_match_is_an_apply_with_the_inner_plan_on_its_right()
    {
        People();
        var plan = Run("EXPLAIN MATCH (c:City) OPTIONAL MATCH (c)<-[:LIVES_IN]-(p) RETURN c, p").Plan!;
        var apply = Find(plan, "Apply");
        Assert.Equal(["NodeByLabelScan", "Expand(All)"], apply.Children.Select(child => child.Operator));
    }

    [Fact]
    public void A_schema_command_is_one_operator_explain_leaves_it_undone_and_profile_does_it()
    {
        var explained = Run("EXPLAIN CREATE INDEX FOR (p:Person) ON (p.name)");
        Assert.Equal("CreateIndex", explained.Plan!.Operator);
        Assert.Equal(0, explained.Statistics.IndexesAdded);
        var profiled = Run("PROFILE CREATE INDEX FOR (p:Person) ON (p.name)");
        Assert.Equal(1, profiled.Statistics.IndexesAdded);
        Assert.True(profiled.Plan!.Profiled);
    }

    [Fact]
    public void A_plain_query_carries_no_plan() => Assert.Null(Run("RETURN 1").Plan);

    [Theory]
    [InlineData("explain MATCH (n) RETURN n", false)]
    [InlineData("  // why\n PROFILE MATCH (n) RETURN n", true)]
    public void The_prefix_is_a_keyword_after_blanks_and_comments(string query, bool profiled) =>
        Assert.Equal(profiled, Run(query).Plan!.Profiled);

    [Fact]
    public void Explain_and_profile_cannot_be_mixed()
    {
        var error = Assert.Throws<CypherException>(() => Run("EXPLAIN PROFILE MATCH (n) RETURN n"));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal("Can't mix PROFILE and EXPLAIN", error.Message);
    }

    [Fact]
    public void A_prefix_without_a_query_is_a_syntax_error()
    {
        var error = Assert.Throws<CypherException>(() => Run("EXPLAIN "));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(9, error.Column);
    }

    [Fact]
    public void Errors_after_the_prefix_point_into_the_text_as_typed()
    {
        var error = Assert.Throws<CypherException>(() => Run("PROFILE MATCH (n) RETRUN n"));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(19, error.Column);
    }
}
