namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>The kinds of change a transaction's redo record lists, in the order they were made.</summary>
internal enum RedoOperation : byte
{
    CreateNode = 1,
    CreateRelationship = 2,
    SetNodeProperty = 3,
    SetRelationshipProperty = 4,
    AddLabel = 5,
    RemoveLabel = 6,
    DeleteNode = 7,
    DeleteRelationship = 8,
    CreateIndex = 9,
    DropIndex = 10,
    CreateConstraint = 11,
    DropConstraint = 12,
}
