using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Syntax.Parsing;

namespace RelationsGraph.Cypher.Syntax;

/// <summary>Entry point of the front end: query text to AST, or a SyntaxError CypherException with a position.</summary>
public static class CypherParser
{
    public static Statement Parse(string text) => Parse(text, Parser.DefaultMaxNesting, CancellationToken.None, out _);

    /// <summary>
    /// Parses under limits: nesting deeper than maxNesting (at most 200) is a SyntaxError, and the
    /// work stops with OperationCanceledException once cancellation is requested. deepestNesting
    /// tells how deep the statement went, so a cached parse can be held to a lower limit later.
    /// </summary>
    public static Statement Parse(string text, int maxNesting, CancellationToken cancellation, out int deepestNesting)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text, maxNesting, cancellation);
        var statement = parser.ParseStatement();
        deepestNesting = parser.DeepestNesting;
        return statement;
    }
}
