namespace RelationsGraph.Cypher.Syntax.Ast;

public abstract record Expression : SyntaxNode;

/// <summary>null, true/false, long, double or string.</summary>
public sealed record Literal(object? Value) : Expression;
public sealed record ListLiteral(IReadOnlyList<Expression> Items) : Expression;
/// <summary>Entries keep the order in which they were written.</summary>
public sealed record MapLiteral(IReadOnlyList<KeyValuePair<string, Expression>> Entries) : Expression;
public sealed record Parameter(string Name) : Expression;
public sealed record Variable(string Name) : Expression;
public sealed record PropertyAccess(Expression Target, string Key) : Expression;
/// <summary>list[i] or map[key].</summary>
public sealed record Subscript(Expression Target, Expression Index) : Expression;
/// <summary>list[from..to]; either bound may be null.</summary>
public sealed record Slice(Expression Target, Expression? From, Expression? To) : Expression;

public enum UnaryOperator { Not, Negate, Plus }
public sealed record Unary(UnaryOperator Operator, Expression Operand) : Expression;

public enum BinaryOperator
{
    Or, Xor, And,
    Equal, NotEqual, LessThan, GreaterThan, LessThanOrEqual, GreaterThanOrEqual,
    Add, Subtract, Multiply, Divide, Modulo, Power,
    In, StartsWith, EndsWith, Contains, RegexMatch,
}
public sealed record Binary(BinaryOperator Operator, Expression Left, Expression Right) : Expression;

/// <summary>x IS NULL (Negated false) or x IS NOT NULL (Negated true).</summary>
public sealed record IsNull(Expression Operand, bool Negated) : Expression;

/// <summary>n:A:B used as a predicate.</summary>
public sealed record LabelCheck(Expression Target, IReadOnlyList<string> Labels) : Expression;

/// <summary>name(args); Name keeps namespace and original case (e.g. "toLower", "date.truncate").</summary>
public sealed record FunctionCall(string Name, bool Distinct, IReadOnlyList<Expression> Arguments) : Expression;
public sealed record CountStar : Expression;

public sealed record CaseAlternative(Expression When, Expression Then) : SyntaxNode;
/// <summary>CASE [Subject] WHEN ... THEN ... [ELSE ...] END; Subject null for the generic form.</summary>
public sealed record Case(Expression? Subject, IReadOnlyList<CaseAlternative> Alternatives, Expression? Else) : Expression;

/// <summary>[v IN source WHERE predicate | projection].</summary>
public sealed record ListComprehension(string Variable, Expression Source, Expression? Where, Expression? Projection) : Expression;

public enum QuantifierKind { All, Any, None, Single }
/// <summary>all(v IN source WHERE predicate) and its siblings.</summary>
public sealed record Quantifier(QuantifierKind Kind, string Variable, Expression Source, Expression? Where) : Expression;

/// <summary>reduce(acc = init, v IN source | expression).</summary>
public sealed record Reduce(string Accumulator, Expression Initial, string Variable, Expression Source, Expression Expression) : Expression;

/// <summary>[p = (a)-->(b) WHERE ... | projection].</summary>
public sealed record PatternComprehension(string? PathVariable, PatternElement Pattern, Expression? Where, Expression Projection) : Expression;

/// <summary>A relationship pattern used as a boolean predicate: WHERE (a)-[:T]->(b).</summary>
public sealed record PatternPredicate(PatternElement Pattern) : Expression;

/// <summary>EXISTS { MATCH ... WHERE ... } or EXISTS { (a)-->(b) WHERE ... }: Query set for the full form, Pattern for the short one.</summary>
public sealed record ExistsSubquery(Pattern? Pattern, Expression? Where, SingleQuery? Query) : Expression;

/// <summary>shortestPath(...) / allShortestPaths(...) used as an expression.</summary>
public sealed record ShortestPathExpression(PatternPart Part) : Expression;

public abstract record MapProjectionItem : SyntaxNode;
/// <summary>.key</summary>
public sealed record PropertySelector(string Key) : MapProjectionItem;
/// <summary>.*</summary>
public sealed record AllPropertiesSelector : MapProjectionItem;
/// <summary>key: expression</summary>
public sealed record LiteralEntry(string Key, Expression Value) : MapProjectionItem;
/// <summary>a variable named inside the braces: its name becomes the key.</summary>
public sealed record VariableSelector(string Variable) : MapProjectionItem;
/// <summary>v { .a, b: 1, .* }</summary>
public sealed record MapProjection(string Variable, IReadOnlyList<MapProjectionItem> Items) : Expression;
