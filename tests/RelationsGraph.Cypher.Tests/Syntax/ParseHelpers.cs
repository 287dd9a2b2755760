using RelationsGraph.Cypher.Syntax;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Tests.Syntax;

/// <summary>Shortcuts to reach into parse results.</summary>
internal static class ParseHelpers
{
    public static SingleQuery Query(string text) => Assert.IsType<SingleQuery>(CypherParser.Parse(text));

    public static T Clause<T>(string text, int index = 0) where T : Clause => Assert.IsType<T>(Query(text).Clauses[index]);

    /// <summary>The expression of the single item of "RETURN expression".</summary>
    public static Expression Expr(string expression) =>
        Clause<ReturnClause>("RETURN " + expression).Body.Items.Single().Expression;

    public static CypherException SyntaxError(string text) => Assert.Throws<CypherException>(() => CypherParser.Parse(text));

    public static Literal Lit(object? value) => new(value);
}
