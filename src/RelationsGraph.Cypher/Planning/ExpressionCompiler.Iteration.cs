using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Planning;

// List comprehensions, quantifiers and reduce: the iteration variable gets its own slot, written in
// place in the row while the expression runs (no one else reads that slot). Each loop observes the
// query's timeout, since its list can be as long as range() makes it.
internal sealed partial class ExpressionCompiler
{
    private Evaluator CompileListComprehension(ListComprehension comprehension, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        var source = Compile(comprehension.Source, scope, substitutions);
        var slot = planning.Layout.Allocate();
        var inner = scope.With(comprehension.Variable, slot);
        var where = comprehension.Where is null ? null : Compile(comprehension.Where, inner, substitutions);
        var projection = comprehension.Projection is null ? null : Compile(comprehension.Projection, inner, substitutions);
        return (row, context) =>
        {
            if (Items(source(row, context)) is not { } items) return null;
            var result = new List<object?>();
            var bytes = ValueSize.OfList(0);
            foreach (var item in items)
            {
                context.CheckInterrupt();
                row[slot] = item;
                if (where is not null && where(row, context) is not true) continue;
                var element = projection is null ? item : projection(row, context);
                result.Add(element);
                // The list being built must fit in the statement's memory (it may come from a range() of 10^8).
                bytes += ValueSize.Slot + (element is null or bool or long or double ? ValueSize.Scalar : ValueSize.Of(element, context.Memory.Limit));
                if ((result.Count & 1023) == 0 || bytes > 1 << 20) context.Memory.CheckBuilding(bytes);
            }
            context.Memory.CheckBuilding(bytes);
            return result;
        };
    }

    private Evaluator CompileQuantifier(Quantifier quantifier, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        var source = Compile(quantifier.Source, scope, substitutions);
        var slot = planning.Layout.Allocate();
        var inner = scope.With(quantifier.Variable, slot);
        var where = quantifier.Where is null ? (Evaluator)((r, _) => r[slot]) : Compile(quantifier.Where, inner, substitutions);
        var kind = quantifier.Kind;
        var operation = kind.ToString().ToLowerInvariant() + "()";
        return (row, context) =>
        {
            if (Items(source(row, context)) is not { } items) return null;
            int trues = 0, falses = 0, nulls = 0;
            foreach (var item in items)
            {
                context.CheckInterrupt();
                row[slot] = item;
                switch (Truth.Operand(where(row, context), operation))
                {
                    case true: trues++; break;
                    case false: falses++; break;
                    default: nulls++; break;
                }
            }
            bool? result = kind switch
            {
                QuantifierKind.All => falses > 0 ? false : nulls > 0 ? null : true,
                QuantifierKind.Any => trues > 0 ? true : nulls > 0 ? null : false,
                QuantifierKind.None => trues > 0 ? false : nulls > 0 ? null : true,
                _ => trues > 1 ? false : nulls > 0 ? null : trues == 1,
            };
            return Truth.Box(result);
        };
    }

    private Evaluator CompileReduce(Reduce reduce, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        var initial = Compile(reduce.Initial, scope, substitutions);
        var source = Compile(reduce.Source, scope, substitutions);
        var accumulatorSlot = planning.Layout.Allocate();
        var itemSlot = planning.Layout.Allocate();
        var inner = scope.With(reduce.Accumulator, accumulatorSlot).With(reduce.Variable, itemSlot);
        var step = Compile(reduce.Expression, inner, substitutions);
        return (row, context) =>
        {
            var accumulator = initial(row, context);
            if (Items(source(row, context)) is not { } items) return null;
            var steps = 0;
            foreach (var item in items)
            {
                context.CheckInterrupt();
                row[accumulatorSlot] = accumulator;
                row[itemSlot] = item;
                accumulator = step(row, context);
                // The accumulator is the one value carried from step to step, and small steps can wrap it
                // into a large one ({a: m}, [x, l]) that no single operation sees being built: weigh it now
                // and then (a walk capped at the limit), so it must fit in the statement's memory.
                if ((++steps & 4095) == 0) CheckAccumulator(accumulator, context);
            }
            CheckAccumulator(accumulator, context);
            return accumulator;
        };
    }

    private static void CheckAccumulator(object? accumulator, Execution.ExecutionContext context)
    {
        if (accumulator is null or bool or long or double) return;
        context.Memory.CheckBuilding(ValueSize.Of(accumulator, context.Memory.Limit - context.Memory.Used + 1));
    }

    private static IReadOnlyList<object?>? Items(object? value) => value is null
        ? null
        : CypherTypes.AsList(value) ?? throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
            $"Type mismatch: expected a list to iterate over but was {CypherTypes.NameOf(value)}.");
}
