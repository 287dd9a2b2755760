using System.Globalization;

namespace RelationsGraph.Cypher.Storage;

/// <summary>The CypherExceptions the store raises, with TCK error classes and Neo4j-like messages.</summary>
internal static class StoreErrors
{
    public static CypherException DeletedEntity(string what) =>
        new("EntityNotFound", "DeletedEntityAccess", ErrorPhase.Runtime, $"{what} has been deleted in this transaction.");

    public static CypherException DeleteConnectedNode(NodeEntity node) =>
        new("ConstraintValidationFailed", "DeleteConnectedNode", ErrorPhase.Runtime,
            $"Cannot delete node<{node.Id}>, because it still has relationships. To delete this node, you must first delete its relationships.");

    public static CypherException UniqueViolation(NodeEntity holder, PropertyIndex index, object key) =>
        new("ConstraintValidationFailed", "UniquenessConstraintViolation", ErrorPhase.Runtime,
            $"Node({holder.Id}) already exists with label `{index.Label}` and {Describe(index, key)}");

    public static CypherException ConstraintCreationFailed(ConstraintDescriptor constraint, PropertyIndex index, NodeEntity first, NodeEntity second, object key) =>
        new("ConstraintVerificationFailed", "ConstraintCreationFailed", ErrorPhase.Runtime,
            $"Unable to create constraint {constraint.Name}: both {first} and {second} have label `{constraint.Label}` and the same {Describe(index, key)}.");

    private static string Describe(PropertyIndex index, object key) => index.Keys.Count == 1
        ? $"property `{index.Keys[0]}` = {Show(key)}"
        : $"properties {string.Join(", ", index.Keys.Select((k, i) => $"`{k}` = {Show(((object?[])key)[i])}"))}";

    private static string Show(object? value) => value switch
    {
        string s => $"'{s}'",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };
}
