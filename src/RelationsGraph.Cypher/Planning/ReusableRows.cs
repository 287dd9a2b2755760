using RelationsGraph.Cypher.Execution.Operators;

namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// An aggregation reads each input row once, before it pulls the next, and keeps none (a group starts from the argument,
/// its aggregates keep values): a hop that feeds it through filters only may then fill one output row over and over
/// rather than allocate a row per walked edge (see ExpandOperator.ReusesOutputRow).
/// </summary>
internal static class ReusableRows
{
    public static void AllowBelow(Operator aggregationInput)
    {
        var current = aggregationInput;
        while (current is FilterOperator filter) current = filter.Inputs[0];
        if (current is ExpandOperator expand) expand.ReusesOutputRow = true;
    }
}
