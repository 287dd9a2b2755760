using RelationsGraph.Cypher.Syntax;
using RelationsGraph.Cypher.Syntax.Ast;
using static RelationsGraph.Cypher.Tests.Syntax.ParseHelpers;

namespace RelationsGraph.Cypher.Tests.Syntax;

public class ClauseParsingTests
{
    [Fact]
    public void KeywordsAreCaseInsensitive()
    {
        var query = Query("match (n) where n.x = 1 return n");
        Assert.IsType<MatchClause>(query.Clauses[0]);
        Assert.IsType<ReturnClause>(query.Clauses[1]);
    }

    [Fact]
    public void OptionalMatchWithWhere()
    {
        var match = Clause<MatchClause>("OPTIONAL MATCH (a)-->(b) WHERE a.x > 1 RETURN b");
        Assert.True(match.Optional);
        Assert.NotNull(match.Where);
    }

    [Fact]
    public void ProjectionItemTextIsTheOriginalText()
    {
        var items = Clause<ReturnClause>("RETURN n.name, count(*), a  +  1, toUpper( x ) AS up").Body.Items;
        Assert.Equal(["n.name", "count(*)", "a  +  1", "up"], items.Select(i => i.ColumnName));
        Assert.Equal("toUpper( x )", items[3].Text);
    }

    [Fact]
    public void ReturnBodyOptions()
    {
        var body = Clause<ReturnClause>("RETURN DISTINCT *, n.x AS x ORDER BY x DESC, n.y ASCENDING SKIP 1 LIMIT $max").Body;
        Assert.True(body.Distinct);
        Assert.True(body.IncludeExisting);
        Assert.Single(body.Items);
        Assert.Equal([true, false], body.OrderBy.Select(s => s.Descending));
        Assert.Equal(1L, Assert.IsType<Literal>(body.Skip).Value);
        Assert.IsType<Parameter>(body.Limit);
    }

    [Fact]
    public void WithAndWhere()
    {
        var with = Clause<WithClause>("MATCH (n) WITH n, n.x AS x ORDER BY x LIMIT 3 WHERE x > 1 RETURN n", 1);
        Assert.Equal(2, with.Body.Items.Count);
        Assert.NotNull(with.Body.Limit);
        Assert.NotNull(with.Where);
    }

    [Fact]
    public void Unwind()
    {
        var unwind = Clause<UnwindClause>("UNWIND [1, 2] AS x RETURN x");
        Assert.Equal("x", unwind.Variable);
    }

    [Fact]
    public void MergeWithActions()
    {
        var merge = Clause<MergeClause>("MERGE (n:L {id: 1}) ON CREATE SET n.created = 1 ON MATCH SET n.seen = 2, n:Seen ON CREATE SET n += {a: 1}");
        Assert.Equal(2, merge.OnCreate.Count);
        Assert.Equal(2, merge.OnMatch.Count);
        Assert.IsType<SetLabels>(merge.OnMatch[1]);
        Assert.True(Assert.IsType<SetAllProperties>(merge.OnCreate[1]).Merge);
    }

    [Fact]
    public void SetItems()
    {
        var set = Clause<SetClause>("MATCH (n) SET n.a = 1, n = {b: 2}, n += $m, n:A:B, (n).c = 3", 1);
        Assert.Collection(set.Items,
            item => Assert.Equal("a", Assert.IsType<SetProperty>(item).Target.Key),
            item => Assert.False(Assert.IsType<SetAllProperties>(item).Merge),
            item => Assert.True(Assert.IsType<SetAllProperties>(item).Merge),
            item => Assert.Equal(["A", "B"], Assert.IsType<SetLabels>(item).Labels),
            item => Assert.Equal("c", Assert.IsType<SetProperty>(item).Target.Key));
    }

    [Fact]
    public void RemoveItems()
    {
        var remove = Clause<RemoveClause>("MATCH (n) REMOVE n.a, n:L", 1);
        Assert.IsType<RemoveProperty>(remove.Items[0]);
        Assert.Equal(["L"], Assert.IsType<RemoveLabels>(remove.Items[1]).Labels);
    }

    [Fact]
    public void DeleteAndDetachDelete()
    {
        Assert.False(Clause<DeleteClause>("MATCH (n) DELETE n", 1).Detach);
        var detach = Clause<DeleteClause>("MATCH (n), (m) DETACH DELETE n, m", 1);
        Assert.True(detach.Detach);
        Assert.Equal(2, detach.Targets.Count);
    }

    [Fact]
    public void ProcedureCalls()
    {
        var standalone = Clause<CallClause>("CALL db.labels");
        Assert.Equal("db.labels", standalone.ProcedureName);
        Assert.Null(standalone.Arguments);

        var call = Clause<CallClause>("CALL test.my.proc(1, 'a') YIELD out AS o, other WHERE o > 1 RETURN o");
        Assert.Equal(2, call.Arguments!.Count);
        Assert.Equal([("out", "o"), ("other", null)], call.Yield!.Select(y => (y.Field, y.Alias)));
        Assert.NotNull(call.Where);

        Assert.True(Clause<CallClause>("CALL p() YIELD *").YieldStar);
    }

    [Fact]
    public void UnionsRecordWhichAreAll()
    {
        var union = Assert.IsType<UnionQuery>(CypherParser.Parse("RETURN 1 AS a UNION ALL RETURN 2 AS a UNION RETURN 3 AS a"));
        Assert.Equal(3, union.Parts.Count);
        Assert.Equal([true, false], union.All);
    }

    [Fact]
    public void TrailingSemicolonIsAccepted() => Assert.Single(Query("RETURN 1;").Clauses);

    [Fact]
    public void CommonNamesThatAreAlsoKeywordsWorkAsVariables()
    {
        var query = Query("MATCH (order:Order)-[:HAS]->(end) WITH order, end, 1 AS skip RETURN order, end, skip ORDER BY order.x SKIP 1 LIMIT 2");
        var body = Assert.IsType<ReturnClause>(query.Clauses[2]).Body;
        Assert.Equal(["order", "end", "skip"], body.Items.Select(i => i.ColumnName));
        Assert.NotNull(body.Skip);
        Assert.Equal(["on"], Clause<MergeClause>("MERGE (on:On) ON CREATE SET on.x = 1").Part.Element.Nodes.Select(n => n.Variable));
    }
}
