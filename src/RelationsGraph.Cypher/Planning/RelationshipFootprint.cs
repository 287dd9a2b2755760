using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// Eagerness analysis in the read-after-write sense (as Neo4j plans it): an Eager is needed before a
/// write only when a lazy read earlier in the same row stream could see that write on a later row.
/// The one conflict-free shape recognised here is the bulk-loading one: writes that only add
/// relationships between nodes already bound, after reads that never look at relationships (node
/// seeks and scans, their properties and labels). Anything not recognised counts as a conflict.
/// </summary>
internal static class RelationshipFootprint
{
    /// <summary>Whether a MATCH may read relationships: a relationship in its pattern, or one read by an expression in it.</summary>
    public static bool MatchMayRead(MatchClause match)
    {
        foreach (var part in match.Pattern.Parts)
        {
            if (part.Element.Relationships.Count > 0 || part.PathVariable is not null || part.Shortest != ShortestPathKind.None) return true;
            foreach (var node in part.Element.Nodes)
                if (MayRead(node.Properties) || MayRead(node.Where)) return true;
        }
        return MayRead(match.Where);
    }

    /// <summary>
    /// Whether evaluating the expression may read relationships. A whitelist of the shapes that cannot
    /// (values, variables, properties, labels, functions of those); patterns and subqueries may.
    /// </summary>
    public static bool MayRead(Expression? expression) => expression switch
    {
        null or Literal or Parameter or Variable or CountStar => false,
        ListLiteral list => list.Items.Any(MayRead),
        MapLiteral map => map.Entries.Any(entry => MayRead(entry.Value)),
        PropertyAccess access => MayRead(access.Target),
        Subscript subscript => MayRead(subscript.Target) || MayRead(subscript.Index),
        Slice slice => MayRead(slice.Target) || MayRead(slice.From) || MayRead(slice.To),
        Unary unary => MayRead(unary.Operand),
        Binary binary => MayRead(binary.Left) || MayRead(binary.Right),
        IsNull isNull => MayRead(isNull.Operand),
        LabelCheck check => MayRead(check.Target),
        FunctionCall call => call.Arguments.Any(MayRead),
        Case @case => MayRead(@case.Subject) || MayRead(@case.Else)
            || @case.Alternatives.Any(alternative => MayRead(alternative.When) || MayRead(alternative.Then)),
        ListComprehension comprehension => MayRead(comprehension.Source) || MayRead(comprehension.Where) || MayRead(comprehension.Projection),
        Quantifier quantifier => MayRead(quantifier.Source) || MayRead(quantifier.Where),
        Reduce reduce => MayRead(reduce.Initial) || MayRead(reduce.Source) || MayRead(reduce.Expression),
        _ => true,
    };

    /// <summary>Whether a CREATE only adds relationships: every node in it is a variable already bound, written bare.</summary>
    public static bool CreatesOnlyRelationships(CreateClause create, Scope scope) =>
        create.Pattern.Parts.All(part => OnlyRelationships(part, scope));

    /// <summary>The same for MERGE, which must also set nothing (ON CREATE / ON MATCH SET write properties).</summary>
    public static bool CreatesOnlyRelationships(MergeClause merge, Scope scope) =>
        merge.OnCreate.Count == 0 && merge.OnMatch.Count == 0 && OnlyRelationships(merge.Part, scope);

    private static bool OnlyRelationships(PatternPart part, Scope scope) =>
        part.Element.Relationships.Count > 0
        && part.Element.Nodes.All(node => node.Variable is not null && scope.TryGet(node.Variable, out _)
            && node.Labels.Count == 0 && node.Properties is null && node.Where is null)
        && part.Element.Relationships.All(relationship => !MayRead(relationship.Properties));
}
