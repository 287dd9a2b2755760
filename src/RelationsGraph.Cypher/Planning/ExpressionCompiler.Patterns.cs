using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

// Expressions that run a pattern match from the current row: pattern predicates, EXISTS subqueries,
// pattern comprehensions and shortestPath() used as a value.
internal sealed partial class ExpressionCompiler
{
    private Evaluator CompilePatternPredicate(PatternPredicate predicate, Scope scope)
    {
        var plan = planning.Matches.PlanSubpattern(new Pattern([new PatternPart(null, predicate.Pattern, ShortestPathKind.None)]), null, scope, out _);
        return (row, context) =>
        {
            foreach (var _ in plan.Run(context, row)) return Truth.True;
            return Truth.False;
        };
    }

    private Evaluator CompileExists(ExistsSubquery exists, Scope scope)
    {
        Operator plan;
        if (exists.Query is not null)
            plan = new QueryPlanner(planning).PlanSubquery(exists.Query, scope);
        else
            plan = planning.Matches.PlanSubpattern(exists.Pattern!, exists.Where, scope, out _);
        return (row, context) =>
        {
            foreach (var _ in plan.Run(context, row)) return Truth.True;
            return Truth.False;
        };
    }

    private Evaluator CompilePatternComprehension(PatternComprehension comprehension, Scope scope)
    {
        var pattern = new Pattern([new PatternPart(comprehension.PathVariable, comprehension.Pattern, ShortestPathKind.None)]);
        var plan = planning.Matches.PlanSubpattern(pattern, comprehension.Where, scope, out var inner);
        var projection = Compile(comprehension.Projection, inner);
        return (row, context) =>
        {
            var result = new List<object?>();
            foreach (var match in plan.Run(context, row)) result.Add(projection(match, context));
            return result;
        };
    }

    private Evaluator CompileShortestPath(ShortestPathExpression shortest, Scope scope)
    {
        var element = shortest.Part.Element;
        var from = CompileVariable(new Variable(element.Nodes[0].Variable ?? ""), scope);
        var to = CompileVariable(new Variable(element.Nodes[^1].Variable ?? ""), scope);
        var search = MatchPlanner.ShortestPathSearchFor(shortest.Part);
        var all = shortest.Part.Shortest == ShortestPathKind.AllShortest;
        return (row, context) =>
        {
            if (from(row, context) is not NodeEntity start || to(row, context) is not NodeEntity end) return null;
            var paths = search.Find(context, start, end);
            if (all) return paths.Cast<object?>().ToList();
            return paths.Count > 0 ? paths[0] : null;
        };
    }
}
