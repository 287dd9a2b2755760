using RelationsGraph.Cypher.Execution.Expressions;

namespace RelationsGraph.Cypher.Execution.Writing;

/// <summary>One item of SET, REMOVE, ON CREATE SET or ON MATCH SET, applied to a row.</summary>
internal abstract class Setter
{
    public abstract void Apply(object?[] row, ExecutionContext context);
}

internal sealed class SetPropertySetter(Evaluator target, string key, Evaluator value) : Setter
{
    public override void Apply(object?[] row, ExecutionContext context) =>
        GraphMutations.SetProperty(context, target(row, context), key, value(row, context));
}

internal sealed class RemovePropertySetter(Evaluator target, string key) : Setter
{
    public override void Apply(object?[] row, ExecutionContext context) =>
        GraphMutations.SetProperty(context, target(row, context), key, null);
}

internal sealed class SetAllPropertiesSetter(int slot, Evaluator value, bool merge) : Setter
{
    public override void Apply(object?[] row, ExecutionContext context) =>
        GraphMutations.SetAllProperties(context, row[slot], value(row, context), merge);
}

internal sealed class LabelsSetter(int slot, string[] labels, bool add) : Setter
{
    public override void Apply(object?[] row, ExecutionContext context)
    {
        if (add) GraphMutations.AddLabels(context, row[slot], labels);
        else GraphMutations.RemoveLabels(context, row[slot], labels);
    }
}

/// <summary>SET and REMOVE: applies the items in order to each row; later items see earlier changes.</summary>
internal sealed class SetOperator(Operators.Operator input, Setter[] setters) : Operators.Operator
{
    public override string Name => "SetProperty";
    public override IReadOnlyList<Operators.Operator> Inputs => Operators.PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            foreach (var setter in setters) setter.Apply(row, context);
            yield return row;
        }
    }
}
