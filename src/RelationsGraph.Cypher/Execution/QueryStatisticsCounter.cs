namespace RelationsGraph.Cypher.Execution;

/// <summary>Mutable tallies of one statement's changes, frozen into QueryStatistics at the end.</summary>
internal sealed class QueryStatisticsCounter
{
    public int NodesCreated, NodesDeleted, RelationshipsCreated, RelationshipsDeleted, PropertiesSet, PropertiesRemoved,
        LabelsAdded, LabelsRemoved, IndexesAdded, IndexesRemoved, ConstraintsAdded, ConstraintsRemoved;

    public QueryStatistics Freeze() => new()
    {
        NodesCreated = NodesCreated, NodesDeleted = NodesDeleted,
        RelationshipsCreated = RelationshipsCreated, RelationshipsDeleted = RelationshipsDeleted,
        PropertiesSet = PropertiesSet, PropertiesRemoved = PropertiesRemoved, LabelsAdded = LabelsAdded, LabelsRemoved = LabelsRemoved,
        IndexesAdded = IndexesAdded, IndexesRemoved = IndexesRemoved,
        ConstraintsAdded = ConstraintsAdded, ConstraintsRemoved = ConstraintsRemoved,
    };
}
