using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Execution.Writing;

namespace RelationsGraph.Cypher.Planning;

/// <summary>A planned statement: the root operator, the result columns and where each lives in the output rows.</summary>
internal sealed record ExecutionPlan(Operator Root, IReadOnlyList<string> Columns, int[] ColumnSlots, SlotLayout Layout, PendingDeletes PendingDeletes);
