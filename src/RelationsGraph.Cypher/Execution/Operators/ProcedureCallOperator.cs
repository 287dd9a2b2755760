using RelationsGraph.Cypher.Execution.Expressions;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>A procedure argument or output: its name and declared Cypher type (e.g. "INTEGER?"); an optional argument may be left off the end.</summary>
internal sealed record ProcedureField(string Name, string Type, bool Optional = false);

/// <summary>A procedure the engine knows: its signature and how to produce its rows (one value per output).</summary>
internal sealed record Procedure(string Name, IReadOnlyList<ProcedureField> Inputs, IReadOnlyList<ProcedureField> Outputs,
    Func<ExecutionContext, IReadOnlyList<object?>, IEnumerable<object?[]>> Invoke)
{
    public int OutputIndex(string name)
    {
        for (var i = 0; i < Outputs.Count; i++)
            if (Outputs[i].Name == name) return i;
        return -1;
    }
}

/// <summary>
/// CALL proc(args) YIELD ...: one output row per procedure row, yielded fields written to their slots.
/// A procedure without outputs (a "void" procedure) leaves the rows as they are.
/// </summary>
internal sealed class ProcedureCallOperator(Operator input, Procedure procedure, Evaluator[] arguments, int[] outputIndexes, int[] slots) : Operator
{
    public override string Name => "ProcedureCall";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var values = new object?[arguments.Length];
            for (var i = 0; i < arguments.Length; i++) values[i] = arguments[i](row, context);
            var records = procedure.Invoke(context, values);
            if (procedure.Outputs.Count == 0)
            {
                foreach (var _ in records) { }
                yield return row;
                continue;
            }
            foreach (var record in records)
            {
                context.CheckInterrupt();
                var output = Copy(row);
                for (var i = 0; i < slots.Length; i++) output[slots[i]] = record[outputIndexes[i]];
                yield return output;
            }
        }
    }
}
