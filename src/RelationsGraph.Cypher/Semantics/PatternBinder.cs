using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

internal enum PatternMode { Match, Create, Merge, Nested }

/// <summary>
/// Declares the variables of a pattern in a scope and enforces what each clause allows:
/// MATCH may reuse bound nodes and relationships; CREATE and MERGE may only reuse bare nodes
/// and create exactly-one-type, directed, fixed-length relationships.
/// </summary>
internal static class PatternBinder
{
    public static BoundPatternClause BindMatch(MatchClause match, Scope scope)
    {
        var pattern = match.Pattern;
        foreach (var relationship in pattern.Parts.SelectMany(p => p.Element.Relationships))
            if (relationship is { Where: not null, Length: not null })
                throw SemanticErrors.At(relationship.Where, "InvalidClauseComposition",
                    "Relationship pattern predicates are not allowed when a path length is specified");
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        var declared = new List<Symbol>();
        var parts = new List<PartSymbols>();
        foreach (var part in pattern.Parts)
        {
            CheckShortestPathShape(part);
            parts.Add(BindPart(part, scope, PatternMode.Match, relationships, declared));
        }
        CheckProperties(pattern.Parts.Select(p => p.Element), scope);
        return new BoundPatternClause(match, parts) { Declared = declared };
    }

    /// <summary>shortestPath((a)) has no relationship to search along (a fuzz finding: it reached the planner and failed there).</summary>
    private static void CheckShortestPathShape(PatternPart part)
    {
        if (part.Shortest != ShortestPathKind.None && part.Element.Relationships.Count != 1)
            throw SemanticErrors.At(part, "InvalidArgumentType",
                "shortestPath(...) and allShortestPaths(...) need a pattern with exactly one relationship, e.g. shortestPath((a)-[*]-(b))");
    }

    public static BoundPatternClause BindCreate(CreateClause create, Scope scope)
    {
        var pattern = create.Pattern;
        RefuseInlinePredicates(pattern.Parts.Select(p => p.Element), "CREATE");
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        var declared = new List<Symbol>();
        var parts = pattern.Parts.Select(part => BindPart(part, scope, PatternMode.Create, relationships, declared)).ToList();
        CheckProperties(pattern.Parts.Select(p => p.Element), scope);
        return new BoundPatternClause(create, parts) { Declared = declared };
    }

    public static BoundPatternClause BindMerge(MergeClause merge, Scope scope)
    {
        var part = merge.Part;
        RefuseInlinePredicates([part.Element], "MERGE");
        var declared = new List<Symbol>();
        var bound = BindPart(part, scope, PatternMode.Merge, new HashSet<string>(StringComparer.Ordinal), declared);
        CheckProperties([part.Element], scope);
        return new BoundPatternClause(merge, [bound]) { Declared = declared };
    }

    /// <summary>Pattern comprehensions and EXISTS { (a)-->(b) }: new variables live in the inner scope.</summary>
    public static void BindNested(PatternElement element, string? pathVariable, SyntaxNode node, ExpressionContext inner)
    {
        var declared = new List<Symbol>();
        var (nodes, relationships, path) = BindElement(element, pathVariable, node, inner.Scope, PatternMode.Nested, new HashSet<string>(StringComparer.Ordinal), declared);
        inner.Scope.Bindings.Add(element, new ElementSymbols(nodes, relationships, path, declared));
        foreach (var properties in ExpressionTree.PatternProperties(element)) ExpressionChecker.Check(properties, inner);
        foreach (var predicate in InlinePredicates.Of(element)) ExpressionChecker.Check(predicate, inner.AsPredicate());
    }

    /// <summary>Inline WHERE belongs to matching: a pattern that creates has nothing to filter.</summary>
    private static void RefuseInlinePredicates(IEnumerable<PatternElement> elements, string clause)
    {
        foreach (var element in elements)
            if (InlinePredicates.Of(element).FirstOrDefault() is { } predicate)
                throw SemanticErrors.At(predicate, "InvalidClauseComposition",
                    $"WHERE is not allowed inside a {clause} pattern; node and relationship pattern predicates are only allowed in MATCH and in pattern expressions");
    }

    /// <summary>A pattern used as a predicate may not introduce variables: every name must already be bound.</summary>
    public static void CheckPredicate(PatternElement element, ExpressionContext context)
    {
        Symbol? Existing(SyntaxNode node, string? name) => name is null ? null
            : context.Scope.TryResolve(name, out var symbol) ? symbol : throw SemanticErrors.Undefined(node, name);
        var nodes = element.Nodes.Select(node => Existing(node, node.Variable)).ToArray();
        var relationships = element.Relationships.Select(relationship => Existing(relationship, relationship.Variable)).ToArray();
        context.Scope.Bindings.Add(element, new ElementSymbols(nodes, relationships, null, []));
        var operand = context.Operand();
        foreach (var properties in ExpressionTree.PatternProperties(element)) ExpressionChecker.Check(properties, operand);
    }

    private static PartSymbols BindPart(PatternPart part, Scope scope, PatternMode mode, HashSet<string> clauseRelationships, List<Symbol> declared)
    {
        var (nodes, relationships, path) = BindElement(part.Element, part.PathVariable, part, scope, mode, clauseRelationships, declared);
        return new PartSymbols(part, nodes, relationships, path);
    }

    // Each element resolves to the symbol it refers to: the one in scope, or one it declares (added to declared).
    private static (Symbol?[] Nodes, Symbol?[] Relationships, Symbol? Path) BindElement(PatternElement element, string? pathVariable, SyntaxNode partNode,
        Scope scope, PatternMode mode, HashSet<string> clauseRelationships, List<Symbol> declared)
    {
        var singleNode = element.Relationships.Count == 0;
        var nodes = element.Nodes.Select(node => BindNode(node, scope, mode, singleNode, declared)).ToArray();
        var relationships = element.Relationships.Select(relationship => BindRelationship(relationship, scope, mode, clauseRelationships, declared)).ToArray();

        if (pathVariable is null) return (nodes, relationships, null);
        if (scope.Contains(pathVariable) && mode != PatternMode.Nested) throw SemanticErrors.AlreadyBound(partNode, pathVariable);
        var path = scope.Declare(pathVariable, StaticType.Path);
        declared.Add(path);
        return (nodes, relationships, path);
    }

    private static Symbol? BindNode(NodePattern node, Scope scope, PatternMode mode, bool singleNode, List<Symbol> declared)
    {
        if (mode is PatternMode.Match or PatternMode.Merge && node.Properties is Parameter)
            throw SemanticErrors.At(node.Properties, "InvalidParameterUse",
                "Parameter maps cannot be used in MATCH or MERGE patterns; use a literal map, e.g. (n {name: $name})");
        if (node.Variable is not { } name) return null;

        if (scope.TryResolve(name, out var symbol))
        {
            var existing = symbol!.Type;
            if (!existing.Is(ValueKind.Node)) throw SemanticErrors.TypeConflict(node, name, existing, "Node");
            var redeclares = node.Labels.Count > 0 || node.Properties is not null || singleNode;
            if (mode is PatternMode.Create or PatternMode.Merge && redeclares)
                throw SemanticErrors.AlreadyBound(node, name);
            return symbol;
        }
        var declaredNode = scope.Declare(name, StaticType.Node);
        declared.Add(declaredNode);
        return declaredNode;
    }

    private static Symbol? BindRelationship(RelationshipPattern relationship, Scope scope, PatternMode mode, HashSet<string> clauseRelationships, List<Symbol> declared)
    {
        if (mode is PatternMode.Create or PatternMode.Merge)
        {
            if (relationship.Variable is { } bound && scope.Contains(bound)) throw SemanticErrors.AlreadyBound(relationship, bound);
            CheckCreatable(relationship, mode);
        }
        if (mode is PatternMode.Match or PatternMode.Merge && relationship.Properties is Parameter)
            throw SemanticErrors.At(relationship.Properties, "InvalidParameterUse",
                "Parameter maps cannot be used in MATCH or MERGE patterns; use a literal map, e.g. [r {since: $since}]");
        if (relationship.Variable is not { } name) return null;

        var type = relationship.Length is null ? StaticType.Relationship : StaticType.ListOf(ValueKind.Relationship);
        if (mode == PatternMode.Match && !clauseRelationships.Add(name))
            throw SemanticErrors.At(relationship, "RelationshipUniquenessViolation",
                $"Cannot use the same relationship variable '{name}' for multiple relationships in one pattern");

        if (scope.TryResolve(name, out var symbol))
        {
            var existing = symbol!.Type;
            if (mode is PatternMode.Create or PatternMode.Merge) throw SemanticErrors.AlreadyBound(relationship, name);
            if (!existing.IsOpen && existing.Kind != type.Kind)
                throw SemanticErrors.TypeConflict(relationship, name, existing, type.ToString());
            return symbol;
        }
        var declaredRelationship = scope.Declare(name, type);
        declared.Add(declaredRelationship);
        return declaredRelationship;
    }

    private static void CheckCreatable(RelationshipPattern relationship, PatternMode mode)
    {
        var clause = mode == PatternMode.Create ? "CREATE" : "MERGE";
        if (relationship.Types.Count != 1)
            throw SemanticErrors.At(relationship, "NoSingleRelationshipType",
                $"A single relationship type must be specified for {clause}");
        if (mode == PatternMode.Create && relationship.Direction == RelationshipDirection.Both)
            throw SemanticErrors.At(relationship, "RequiresDirectedRelationship",
                "Only directed relationships are supported in CREATE");
        if (relationship.Length is not null)
            throw SemanticErrors.At(relationship, "CreatingVarLength",
                $"Variable length relationships cannot be used in {clause}");
    }

    private static void CheckProperties(IEnumerable<PatternElement> elements, Scope scope)
    {
        var context = new ExpressionContext(scope);
        foreach (var element in elements)
            foreach (var properties in ExpressionTree.PatternProperties(element))
                ExpressionChecker.Check(properties, context);
    }
}
