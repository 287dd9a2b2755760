namespace RelationsGraph.Cypher.Execution.Expressions;

/// <summary>A compiled expression: reads the row's slots and the context, returns a Cypher value.</summary>
internal delegate object? Evaluator(object?[] row, ExecutionContext context);

/// <summary>
/// An expression's value when it is an integer, unboxed (true, in value); false when it is anything else or could
/// not be read this way, and the caller then evaluates the expression through its Evaluator. A bulk load seeks
/// an integer key twice per row, and a boxed long per seek was most of what the seek allocated.
/// </summary>
internal delegate bool IntegerEvaluator(object?[] row, ExecutionContext context, out long value);
