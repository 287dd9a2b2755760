using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

/// <summary>
/// Checks one expression against its context and infers its static type in the same walk:
/// undefined variables, aggregation placement, bare patterns outside predicates, functions,
/// and operand types that are certainly wrong.
/// </summary>
internal static partial class ExpressionChecker
{
    public static StaticType Check(Expression expression, ExpressionContext context)
    {
        if (context.ProjectedColumn?.Invoke(expression) is { } projected) return projected;

        switch (expression)
        {
            case Literal literal: return StaticType.OfLiteral(literal.Value);
            case Parameter: return StaticType.Any;
            case Variable variable:
                return context.Scope.TryLookup(variable.Name, out var type) ? type : throw SemanticErrors.Undefined(variable, variable.Name);
            case PropertyAccess access: return CheckPropertyAccess(access, context);
            case Subscript subscript:
            {
                var target = Check(subscript.Target, context.Operand());
                Check(subscript.Index, context.Operand());
                return target.Kind == ValueKind.List ? new StaticType(target.Element) : StaticType.Any;
            }
            case Slice slice:
            {
                var target = Check(slice.Target, context.Operand());
                if (slice.From is not null) Check(slice.From, context.Operand());
                if (slice.To is not null) Check(slice.To, context.Operand());
                return target.Kind == ValueKind.List ? target : StaticType.Any;
            }
            case Unary unary: return CheckUnary(unary, context);
            case Binary binary: return CheckBinary(binary, context);
            case IsNull isNull:
                Check(isNull.Operand, context.Operand());
                return StaticType.Boolean;
            case LabelCheck labelCheck:
                Check(labelCheck.Target, context.Operand());
                return StaticType.Boolean;
            case FunctionCall call: return CheckFunctionCall(call, context);
            case CountStar countStar:
                CheckAggregatePlacement(countStar, context);
                return StaticType.Integer;
            case Case @case: return CheckCase(@case, context);
            case ListLiteral list:
                return StaticType.ListOf(StaticType.Common(list.Items.Select(item => Check(item, context.Operand())).ToList()));
            case MapLiteral map:
                foreach (var entry in map.Entries) Check(entry.Value, context.Operand());
                return StaticType.Map;
            case MapProjection projection: return CheckMapProjection(projection, context);
            case ListComprehension comprehension: return CheckListComprehension(comprehension, context);
            case Quantifier quantifier: return CheckQuantifier(quantifier, context);
            case Reduce reduce: return CheckReduce(reduce, context);
            case PatternComprehension comprehension: return CheckPatternComprehension(comprehension, context);
            case PatternPredicate predicate:
                if (!context.Predicate)
                    throw SemanticErrors.At(predicate, "UnexpectedSyntax",
                        "A pattern expression can only be used as a predicate (in WHERE or exists()); use a pattern comprehension or COUNT { } instead");
                PatternBinder.CheckPredicate(predicate.Pattern, context);
                return StaticType.Boolean;
            case ExistsSubquery exists: return CheckExists(exists, context);
            case CountSubquery count: return CheckCount(count, context);
            case CollectSubquery collect: return CheckCollect(collect, context);
            case ShortestPathExpression shortest:
                PatternBinder.CheckPredicate(shortest.Part.Element, context);
                return shortest.Part.Shortest == ShortestPathKind.AllShortest ? StaticType.ListOf(ValueKind.Path) : StaticType.Path;
            default:
                return StaticType.Any;
        }
    }

    private static StaticType CheckPropertyAccess(PropertyAccess access, ExpressionContext context)
    {
        var target = Check(access.Target, context.Operand());
        if (target.Kind == ValueKind.Path)
            throw SemanticErrors.InvalidArgumentType(access, $"Type mismatch: expected Map, Node or Relationship but was Path");
        if (target.Kind is ValueKind.Boolean or ValueKind.Integer or ValueKind.Float or ValueKind.String or ValueKind.List)
            throw SemanticErrors.InvalidArgumentType(access, $"Type mismatch: expected Map, Node, Relationship or a temporal value but was {target}", "TypeError");
        return StaticType.Any;
    }

    private static StaticType CheckUnary(Unary unary, ExpressionContext context)
    {
        if (unary.Operator == UnaryOperator.Not)
        {
            RequireBoolean(unary.Operand, Check(unary.Operand, context));
            return StaticType.Boolean;
        }
        var operand = Check(unary.Operand, context.Operand());
        if (operand.Kind is ValueKind.Boolean or ValueKind.String or ValueKind.List or ValueKind.Map or ValueKind.Node or ValueKind.Relationship or ValueKind.Path)
            throw SemanticErrors.InvalidArgumentType(unary, $"Type mismatch: expected a number but was {operand}");
        return operand.IsNumber ? operand : StaticType.Any;
    }

    private static StaticType CheckBinary(Binary binary, ExpressionContext context)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor:
                RequireBoolean(binary.Left, Check(binary.Left, context));
                RequireBoolean(binary.Right, Check(binary.Right, context));
                return StaticType.Boolean;
            case BinaryOperator.In:
            {
                Check(binary.Left, context.Operand());
                var list = Check(binary.Right, context.Operand());
                if (!list.Is(ValueKind.List))
                    throw SemanticErrors.InvalidArgumentType(binary.Right, $"Type mismatch: expected a List but was {list}");
                return StaticType.Boolean;
            }
            case BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.LessThan or BinaryOperator.GreaterThan
                or BinaryOperator.LessThanOrEqual or BinaryOperator.GreaterThanOrEqual
                or BinaryOperator.StartsWith or BinaryOperator.EndsWith or BinaryOperator.Contains or BinaryOperator.RegexMatch:
                Check(binary.Left, context.Operand());
                Check(binary.Right, context.Operand());
                return StaticType.Boolean;
            default:
                return Arithmetic(binary, Check(binary.Left, context.Operand()), Check(binary.Right, context.Operand()));
        }
    }

    private static void RequireBoolean(Expression operand, StaticType type)
    {
        if (!type.Is(ValueKind.Boolean))
            throw SemanticErrors.InvalidArgumentType(operand, $"Type mismatch: expected Boolean but was {type}");
    }

    /// <summary>+ also joins strings and lists; the other operators want numbers (or temporal values, which are never certain here).</summary>
    private static StaticType Arithmetic(Binary binary, StaticType left, StaticType right)
    {
        if (binary.Operator == BinaryOperator.Add)
        {
            if (left.Kind == ValueKind.List || right.Kind == ValueKind.List) return new StaticType(ValueKind.List);
            if (left.Kind == ValueKind.String || right.Kind == ValueKind.String) return StaticType.String;
        }
        foreach (var (operand, type) in new[] { (binary.Left, left), (binary.Right, right) })
        {
            if (type.Kind is ValueKind.Boolean or ValueKind.String or ValueKind.List or ValueKind.Node or ValueKind.Relationship or ValueKind.Path
                || (type.Kind == ValueKind.Map && binary.Operator != BinaryOperator.Add))
                throw SemanticErrors.InvalidArgumentType(operand, $"Type mismatch: expected a number but was {type}");
        }
        if (left.Kind == ValueKind.Integer && right.Kind == ValueKind.Integer) return StaticType.Integer;
        if (left.IsNumber && right.IsNumber) return StaticType.Float;
        return StaticType.Any;
    }

    private static StaticType CheckCase(Case @case, ExpressionContext context)
    {
        if (@case.Subject is not null) Check(@case.Subject, context.Operand());
        var results = new List<StaticType>();
        foreach (var alternative in @case.Alternatives)
        {
            Check(alternative.When, @case.Subject is null ? context.AsPredicate() : context.Operand());
            results.Add(Check(alternative.Then, context.Operand()));
        }
        if (@case.Else is not null) results.Add(Check(@case.Else, context.Operand()));
        var common = StaticType.Common(results);
        return common is ValueKind.List or ValueKind.Any ? StaticType.Any : new StaticType(common);
    }

    private static StaticType CheckMapProjection(MapProjection projection, ExpressionContext context)
    {
        if (!context.Scope.Contains(projection.Variable)) throw SemanticErrors.Undefined(projection, projection.Variable);
        foreach (var item in projection.Items)
        {
            switch (item)
            {
                case LiteralEntry entry: Check(entry.Value, context.Operand()); break;
                case VariableSelector selector when !context.Scope.Contains(selector.Variable):
                    throw SemanticErrors.Undefined(selector, selector.Variable);
            }
        }
        return StaticType.Map;
    }

    private static StaticType CheckListComprehension(ListComprehension comprehension, ExpressionContext context)
    {
        var source = Check(comprehension.Source, context.Operand());
        var inner = context.Nested(context.Scope.Child());
        inner.Scope.Declare(comprehension.Variable, ElementOf(source));
        if (comprehension.Where is not null) Check(comprehension.Where, inner.AsPredicate());
        var projected = comprehension.Projection is null ? ElementOf(source) : Check(comprehension.Projection, inner);
        return StaticType.ListOf(projected.Kind);
    }

    private static StaticType CheckQuantifier(Quantifier quantifier, ExpressionContext context)
    {
        var source = Check(quantifier.Source, context.Operand());
        var inner = context.Nested(context.Scope.Child());
        inner.Scope.Declare(quantifier.Variable, ElementOf(source));
        if (quantifier.Where is not null) RequireBoolean(quantifier.Where, Check(quantifier.Where, inner.AsPredicate()));
        return StaticType.Boolean;
    }

    private static StaticType CheckReduce(Reduce reduce, ExpressionContext context)
    {
        var initial = Check(reduce.Initial, context.Operand());
        var source = Check(reduce.Source, context.Operand());
        var inner = context.Nested(context.Scope.Child());
        inner.Scope.Declare(reduce.Accumulator, initial.IsOpen ? StaticType.Any : initial);
        inner.Scope.Declare(reduce.Variable, ElementOf(source));
        Check(reduce.Expression, inner);
        return StaticType.Any;
    }

    private static StaticType CheckPatternComprehension(PatternComprehension comprehension, ExpressionContext context)
    {
        var inner = context.Nested(context.Scope.Child());
        PatternBinder.BindNested(comprehension.Pattern, comprehension.PathVariable, comprehension, inner);
        if (comprehension.Where is not null) Check(comprehension.Where, inner.AsPredicate());
        return StaticType.ListOf(Check(comprehension.Projection, inner).Kind);
    }

    private static StaticType CheckExists(ExistsSubquery exists, ExpressionContext context)
    {
        var inner = context.Nested(context.Scope.Child());
        if (exists.Query is not null) QueryAnalyzer.AnalyzeSubquery(exists.Query, inner.Scope);
        else if (exists.Pattern is not null)
        {
            foreach (var part in exists.Pattern.Parts) PatternBinder.BindNested(part.Element, part.PathVariable, part, inner);
            if (exists.Where is not null) Check(exists.Where, inner.AsPredicate());
        }
        return StaticType.Boolean;
    }

    private static StaticType ElementOf(StaticType list) =>
        list.Kind == ValueKind.List && list.Element != ValueKind.Any ? new StaticType(list.Element) : StaticType.Any;
}
