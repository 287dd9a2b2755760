using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Syntax.Lexing;

namespace RelationsGraph.Cypher.Syntax.Parsing;

// The subquery expressions of Neo4j 5 beside EXISTS: COUNT { ... } and COLLECT { ... }.
internal sealed partial class Parser
{
    private Expression ParseCountSubquery()
    {
        var start = Current;
        Advance();
        Expect(TokenKind.LeftBrace, "'{'");
        CountSubquery count;
        if (Keywords.StartsClause(Current)) count = new CountSubquery(null, null, ParseSingleQuery(insideBraces: true));
        else
        {
            var pattern = ParsePattern();
            var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
            count = new CountSubquery(pattern, where, null);
        }
        Expect(TokenKind.RightBrace, "'}'");
        return Spanned(count, start);
    }

    /// <summary>COLLECT takes only the full form: its result is the column the subquery returns.</summary>
    private Expression ParseCollectSubquery()
    {
        var start = Current;
        Advance();
        Expect(TokenKind.LeftBrace, "'{'");
        if (!Keywords.StartsClause(Current)) throw Unexpected(ClauseExpectation);
        var query = ParseSingleQuery(insideBraces: true);
        Expect(TokenKind.RightBrace, "'}'");
        return Spanned(new CollectSubquery(query), start);
    }
}
