using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

/// <summary>Compile-time errors located at the syntax node that causes them.</summary>
internal static class SemanticErrors
{
    public static CypherException At(SyntaxNode node, string detail, string message, string errorClass = "SyntaxError") =>
        new(errorClass, detail, ErrorPhase.Compile, message, node.Span.Line, node.Span.Column, node.Span.Offset);

    public static CypherException Undefined(SyntaxNode node, string name) =>
        At(node, "UndefinedVariable", $"Variable `{name}` not defined");

    public static CypherException AlreadyBound(SyntaxNode node, string name) =>
        At(node, "VariableAlreadyBound", $"Variable `{name}` already declared");

    public static CypherException TypeConflict(SyntaxNode node, string name, StaticType declared, string wanted) =>
        At(node, "VariableTypeConflict", $"Type mismatch: `{name}` defined with conflicting type {declared} (expected {wanted})");

    public static CypherException InvalidArgumentType(SyntaxNode node, string message, string errorClass = "SyntaxError") =>
        At(node, "InvalidArgumentType", message, errorClass);
}
