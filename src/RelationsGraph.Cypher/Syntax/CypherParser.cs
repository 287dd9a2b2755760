using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Syntax.Parsing;

namespace RelationsGraph.Cypher.Syntax;

/// <summary>Entry point of the front end: query text to AST, or a SyntaxError CypherException with a position.</summary>
public static class CypherParser
{
    public static Statement Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Parser(text).ParseStatement();
    }
}
