using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

/// <summary>SET, REMOVE and DELETE: their targets must be bound, and DELETE takes entities only.</summary>
internal static class UpdateChecker
{
    public static void CheckSetItems(IEnumerable<SetItem> items, Scope scope)
    {
        var context = new ExpressionContext(scope);
        foreach (var item in items)
        {
            switch (item)
            {
                case SetProperty property:
                    ExpressionChecker.Check(property.Target.Target, context);
                    ExpressionChecker.Check(property.Value, context);
                    break;
                case SetAllProperties all:
                    RequireBound(all, all.Variable, scope);
                    ExpressionChecker.Check(all.Value, context);
                    break;
                case SetLabels labels:
                    RequireBound(labels, labels.Variable, scope);
                    break;
            }
        }
    }

    public static void CheckRemoveItems(IEnumerable<RemoveItem> items, Scope scope)
    {
        var context = new ExpressionContext(scope);
        foreach (var item in items)
        {
            switch (item)
            {
                case RemoveProperty property: ExpressionChecker.Check(property.Target.Target, context); break;
                case RemoveLabels labels: RequireBound(labels, labels.Variable, scope); break;
            }
        }
    }

    public static void CheckDelete(DeleteClause delete, Scope scope)
    {
        var context = new ExpressionContext(scope);
        foreach (var target in delete.Targets)
        {
            if (target is LabelCheck)
                throw SemanticErrors.At(target, "InvalidDelete", "DELETE removes nodes, relationships or paths; to remove a label use REMOVE n:Label");
            var type = ExpressionChecker.Check(target, context);
            if (!type.Is(ValueKind.Node, ValueKind.Relationship, ValueKind.Path, ValueKind.List, ValueKind.Map))
                throw SemanticErrors.InvalidArgumentType(target, $"Type mismatch: expected Node, Relationship or Path but was {type}");
        }
    }

    private static void RequireBound(SyntaxNode node, string variable, Scope scope)
    {
        if (!scope.Contains(variable)) throw SemanticErrors.Undefined(node, variable);
    }
}
