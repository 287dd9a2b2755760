using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

// COUNT { } and COLLECT { }: a sub-plan run from the current row (correlated), whose rows are counted
// or whose one column is gathered into a list.
internal sealed partial class ExpressionCompiler
{
    private Evaluator CompileCount(CountSubquery count, Scope scope)
    {
        if (count.Query is null && DegreeShape.Of(count.Pattern!, count.Where, scope) is { } degree)
            return degree.Evaluator();
        var plan = count.Query is not null
            ? new QueryPlanner(planning).PlanSubquery(count.Query, scope)
            : planning.Matches.PlanSubpattern(count.Pattern!, count.Where, scope, out _);
        return (row, context) =>
        {
            long rows = 0;
            foreach (var _ in plan.Run(context, row))
            {
                context.CheckInterrupt();
                rows++;
            }
            return rows;
        };
    }

    /// <summary>size([(n)-[:T]->() | x]) counts what the comprehension would list: the node's stored degree.</summary>
    private static Evaluator? SizeAsDegree(FunctionCall call, Scope scope) =>
        call is { Arguments: [PatternComprehension { PathVariable: null, Where: null } comprehension] }
        && call.Name.Equals("size", StringComparison.OrdinalIgnoreCase)
        && DegreeShape.Of(comprehension.Pattern, name => scope.TryGet(name, out var slot) ? slot : -1) is { } degree
            ? degree.Evaluator()
            : null;

    private Evaluator CompileCollect(CollectSubquery collect, Scope scope)
    {
        var (plan, _, slots) = new QueryPlanner(planning).PlanSubqueryWithColumns(collect.Query, scope);
        var slot = slots[0];
        return (row, context) =>
        {
            var items = new List<object?>();
            foreach (var result in plan.Run(context, row))
            {
                context.CheckInterrupt();
                items.Add(result[slot]);
            }
            return items;
        };
    }
}
