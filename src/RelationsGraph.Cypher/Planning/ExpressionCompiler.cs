using RelationsGraph.Cypher.Execution;
using ExecutionContext = RelationsGraph.Cypher.Execution.ExecutionContext;
using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Functions;
using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// Turns AST expressions into closures over row slots. Substitutions map the canonical text of an
/// expression to the slot that already holds its value (aggregates and projected items after WITH/RETURN).
/// </summary>
internal sealed partial class ExpressionCompiler(PlanningContext planning)
{
    public Evaluator Compile(Expression expression, Scope scope, IReadOnlyDictionary<string, int>? substitutions = null)
    {
        if (substitutions is not null && substitutions.Count > 0 && expression is not Literal and not Parameter
            && substitutions.TryGetValue(ExpressionKey.Of(expression), out var substituted))
            return (row, _) => row[substituted];

        return expression switch
        {
            Literal literal => Constant(CypherTypes.Normalize(literal.Value)),
            Parameter parameter => CompileParameter(parameter),
            Variable variable => CompileVariable(variable, scope),
            ListLiteral list => CompileList(list, scope, substitutions),
            MapLiteral map => CompileMap(map, scope, substitutions),
            PropertyAccess access => CompileProperty(access, scope, substitutions),
            Subscript subscript => CompileSubscript(subscript, scope, substitutions),
            Slice slice => CompileSlice(slice, scope, substitutions),
            Unary unary => CompileUnary(unary, scope, substitutions),
            Binary binary => CompileBinary(binary, scope, substitutions),
            IsNull isNull => CompileIsNull(isNull, scope, substitutions),
            LabelCheck check => CompileLabelCheck(check, scope, substitutions),
            FunctionCall call when SizeAsDegree(call, scope) is { } degree => degree,
            FunctionCall call when LoadCsvFunction(call) is { } csv => csv,
            FunctionCall call when CsvFieldConversion(call, scope, substitutions) is { } conversion => conversion,
            FunctionCall call => CompileFunction(call, scope, substitutions),
            CountStar => throw MisplacedAggregate("count(*)"),
            Case @case => CompileCase(@case, scope, substitutions),
            ListComprehension comprehension => CompileListComprehension(comprehension, scope, substitutions),
            Quantifier quantifier => CompileQuantifier(quantifier, scope, substitutions),
            Reduce reduce => CompileReduce(reduce, scope, substitutions),
            PatternComprehension comprehension => CompilePatternComprehension(comprehension, scope),
            PatternPredicate predicate => CompilePatternPredicate(predicate, scope),
            ExistsSubquery exists => CompileExists(exists, scope),
            CountSubquery count => CompileCount(count, scope),
            CollectSubquery collect => CompileCollect(collect, scope),
            ShortestPathExpression shortest => CompileShortestPath(shortest, scope),
            MapProjection projection => CompileMapProjection(projection, scope, substitutions),
            _ => throw new CypherException("SyntaxError", "UnsupportedExpression", ErrorPhase.Compile, $"Unsupported expression {expression.GetType().Name}."),
        };
    }

    private static Evaluator Constant(object? value) => (_, _) => value;

    // Read from the run's values, not captured: the plan is kept for later runs with other values (PlanCache).
    private Evaluator CompileParameter(Parameter parameter)
    {
        if (!planning.Parameters.ContainsKey(parameter.Name)) throw ParameterSlots.Missing(parameter.Name);
        var index = planning.ParameterSlots.IndexOf(parameter.Name);
        return (_, context) => context.ParameterValues[index];
    }

    private static Evaluator CompileVariable(Variable variable, Scope scope)
    {
        if (!scope.TryGet(variable.Name, out var slot))
            throw new CypherException("SyntaxError", "UndefinedVariable", ErrorPhase.Compile, $"Variable `{variable.Name}` not defined");
        return (row, _) => row[slot];
    }

    private Evaluator CompileList(ListLiteral list, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        var items = CompileAll(list.Items, scope, substitutions);
        return (row, context) =>
        {
            var result = new List<object?>(items.Length);
            foreach (var item in items) result.Add(item(row, context));
            return result;
        };
    }

    private Evaluator CompileMap(MapLiteral map, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        var keys = map.Entries.Select(entry => entry.Key).ToArray();
        var values = map.Entries.Select(entry => Compile(entry.Value, scope, substitutions)).ToArray();
        return (row, context) =>
        {
            var result = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++) result[keys[i]] = values[i](row, context);
            return result;
        };
    }

    private Evaluator CompileProperty(PropertyAccess access, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        var key = access.Key;
        if (access.Target is Variable variable && (substitutions is null || substitutions.Count == 0) && scope.TryGet(variable.Name, out var slot))
        {
            return (row, context) =>
            {
                context.CountEntityRead(row[slot]);
                return ValueAccess.Property(context.Reader, row[slot], key);
            };
        }
        var target = Compile(access.Target, scope, substitutions);
        return (row, context) =>
        {
            var value = target(row, context);
            context.CountEntityRead(value);
            return ValueAccess.Property(context.Reader, value, key);
        };
    }

    private Evaluator CompileSubscript(Subscript subscript, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        var target = Compile(subscript.Target, scope, substitutions);
        var index = Compile(subscript.Index, scope, substitutions);
        return (row, context) => ValueAccess.Subscript(context.Reader, target(row, context), index(row, context));
    }

    private Evaluator CompileSlice(Slice slice, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        var target = Compile(slice.Target, scope, substitutions);
        var from = slice.From is null ? null : Compile(slice.From, scope, substitutions);
        var to = slice.To is null ? null : Compile(slice.To, scope, substitutions);
        return (row, context) => ValueAccess.Slice(target(row, context), from?.Invoke(row, context), to?.Invoke(row, context), from is not null, to is not null);
    }

    private Evaluator CompileUnary(Unary unary, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        var operand = Compile(unary.Operand, scope, substitutions);
        return unary.Operator switch
        {
            UnaryOperator.Not => (row, context) => Truth.Box(CypherBoolean.Not(operand(row, context))),
            UnaryOperator.Negate => (row, context) => CypherOperators.Negate(operand(row, context)),
            _ => (row, context) => CypherOperators.Plus(operand(row, context)),
        };
    }

    private Evaluator CompileBinary(Binary binary, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        Func<object?, object?, object?> operation = binary.Operator switch
        {
            BinaryOperator.And => (a, b) => Truth.Box(CypherBoolean.And(a, b)),
            BinaryOperator.Or => (a, b) => Truth.Box(CypherBoolean.Or(a, b)),
            BinaryOperator.Xor => (a, b) => Truth.Box(CypherBoolean.Xor(a, b)),
            BinaryOperator.Equal => (a, b) => Truth.Box(CypherEquality.Equals(a, b)),
            BinaryOperator.NotEqual => (a, b) => Truth.Box(CypherEquality.NotEquals(a, b)),
            BinaryOperator.LessThan => (a, b) => Truth.Box(CypherComparison.LessThan(a, b)),
            BinaryOperator.GreaterThan => (a, b) => Truth.Box(CypherComparison.GreaterThan(a, b)),
            BinaryOperator.LessThanOrEqual => (a, b) => Truth.Box(CypherComparison.LessThanOrEqual(a, b)),
            BinaryOperator.GreaterThanOrEqual => (a, b) => Truth.Box(CypherComparison.GreaterThanOrEqual(a, b)),
            BinaryOperator.Add => CypherOperators.Add,
            BinaryOperator.Subtract => CypherOperators.Subtract,
            BinaryOperator.Multiply => CypherOperators.Multiply,
            BinaryOperator.Divide => CypherOperators.Divide,
            BinaryOperator.Modulo => CypherOperators.Modulo,
            BinaryOperator.Power => CypherOperators.Power,
            BinaryOperator.In => (a, b) => Truth.Box(CypherOperators.In(a, b)),
            BinaryOperator.StartsWith => (a, b) => Truth.Box(CypherOperators.StartsWith(a, b)),
            BinaryOperator.EndsWith => (a, b) => Truth.Box(CypherOperators.EndsWith(a, b)),
            BinaryOperator.Contains => (a, b) => Truth.Box(CypherOperators.Contains(a, b)),
            BinaryOperator.RegexMatch => (a, b) => Truth.Box(CypherOperators.RegexMatch(a, b)),
            _ => throw new CypherException("SyntaxError", "UnsupportedExpression", ErrorPhase.Compile, $"Unsupported operator {binary.Operator}."),
        };
        return Binary(binary.Left, binary.Right, scope, substitutions, operation);
    }

    private Evaluator Binary(Expression left, Expression right, Scope scope, IReadOnlyDictionary<string, int>? substitutions, Func<object?, object?, object?> operation)
    {
        var a = Compile(left, scope, substitutions);
        var b = Compile(right, scope, substitutions);
        return (row, context) => operation(a(row, context), b(row, context));
    }

    private Evaluator CompileIsNull(IsNull isNull, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        var operand = Compile(isNull.Operand, scope, substitutions);
        return isNull.Negated
            ? (row, context) => operand(row, context) is null ? Truth.False : Truth.True
            : (row, context) => operand(row, context) is null ? Truth.True : Truth.False;
    }

    private Evaluator CompileLabelCheck(LabelCheck check, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        var target = Compile(check.Target, scope, substitutions);
        var labels = check.Labels.ToArray();
        return (row, context) =>
        {
            var value = target(row, context);
            context.CountEntityRead(value);
            return ValueAccess.HasLabels(context.Reader, value, labels);
        };
    }

    private Evaluator CompileFunction(FunctionCall call, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        if (Execution.Aggregation.AggregateSpec.IsAggregate(call.Name)) throw MisplacedAggregate(call.Name + "()");
        if (call.Name.Equals("exists", StringComparison.OrdinalIgnoreCase) && call.Arguments.Count == 1)
        {
            if (call.Arguments[0] is PatternPredicate predicate) return CompilePatternPredicate(predicate, scope);
            if (!FunctionRegistry.TryGet(call.Name, out _))
            {
                var operand = Compile(call.Arguments[0], scope, substitutions);
                return (row, context) => operand(row, context) is null ? Truth.False : Truth.True;
            }
        }
        if (!FunctionRegistry.TryGet(call.Name, out var function))
            throw new CypherException("SyntaxError", "UnknownFunction", ErrorPhase.Compile, $"Unknown function '{call.Name}'");
        if (!function.AcceptsArity(call.Arguments.Count))
            throw new CypherException("SyntaxError", "InvalidNumberOfArguments", ErrorPhase.Compile,
                $"Function {function.Name}() cannot be called with {call.Arguments.Count} argument(s).");
        var arguments = CompileAll(call.Arguments, scope, substitutions);
        return arguments.Length switch
        {
            0 => (_, _) => function.Invoke(),
            1 => (row, context) => function.InvokeOne(arguments[0](row, context), context.Reader),
            _ => (row, context) =>
            {
                var values = new object?[arguments.Length];
                for (var i = 0; i < arguments.Length; i++) values[i] = arguments[i](row, context);
                return function.Invoke(context.Reader, values);
            },
        };
    }

    private Evaluator CompileCase(Case @case, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        var subject = @case.Subject is null ? null : Compile(@case.Subject, scope, substitutions);
        var whens = @case.Alternatives.Select(a => Compile(a.When, scope, substitutions)).ToArray();
        var thens = @case.Alternatives.Select(a => Compile(a.Then, scope, substitutions)).ToArray();
        var otherwise = @case.Else is null ? Constant(null) : Compile(@case.Else, scope, substitutions);
        return (row, context) =>
        {
            var value = subject?.Invoke(row, context);
            for (var i = 0; i < whens.Length; i++)
            {
                var when = whens[i](row, context);
                var chosen = subject is null ? when is true : CypherEquality.Equals(value, when) == true;
                if (chosen) return thens[i](row, context);
            }
            return otherwise(row, context);
        };
    }

    private Evaluator CompileMapProjection(MapProjection projection, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        var target = CompileVariable(new Variable(projection.Variable), scope);
        var steps = new List<Action<object, Dictionary<string, object?>, object?[], ExecutionContext>>();
        foreach (var item in projection.Items)
        {
            switch (item)
            {
                case PropertySelector selector:
                    var key = selector.Key;
                    steps.Add((value, map, _, context) => map[key] = ValueAccess.Property(context.Reader, value, key));
                    break;
                case AllPropertiesSelector:
                    steps.Add((value, map, _, context) =>
                    {
                        foreach (var (k, v) in AllProperties(context.Reader, value)) map[k] = v;
                    });
                    break;
                case LiteralEntry entry:
                    var entryKey = entry.Key;
                    var entryValue = Compile(entry.Value, scope, substitutions);
                    steps.Add((_, map, row, context) => map[entryKey] = entryValue(row, context));
                    break;
                case VariableSelector variable:
                    var name = variable.Variable;
                    var variableValue = CompileVariable(new Variable(name), scope);
                    steps.Add((_, map, row, context) => map[name] = variableValue(row, context));
                    break;
            }
        }
        return (row, context) =>
        {
            var value = target(row, context);
            if (value is null) return null;
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var step in steps) step(value, map, row, context);
            return map;
        };
    }

    private static IReadOnlyDictionary<string, object?> AllProperties(Storage.IGraphReader reader, object value) => value switch
    {
        Storage.NodeEntity node => reader.PropertiesOf(node),
        Storage.RelationshipEntity relationship => reader.PropertiesOf(relationship),
        _ => CypherTypes.AsMap(value) ?? throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
            $"Type mismatch: expected a map, node or relationship but was {CypherTypes.NameOf(value)}."),
    };

    private Evaluator[] CompileAll(IReadOnlyList<Expression> expressions, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        var result = new Evaluator[expressions.Count];
        for (var i = 0; i < result.Length; i++) result[i] = Compile(expressions[i], scope, substitutions);
        return result;
    }

    private static CypherException MisplacedAggregate(string name) =>
        new("SyntaxError", "InvalidAggregation", ErrorPhase.Compile, $"Invalid use of aggregating function {name} in this context");
}
