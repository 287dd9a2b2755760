namespace RelationsGraph.Cypher.Execution.Expressions;

/// <summary>A compiled expression: reads the row's slots and the context, returns a Cypher value.</summary>
internal delegate object? Evaluator(object?[] row, ExecutionContext context);
