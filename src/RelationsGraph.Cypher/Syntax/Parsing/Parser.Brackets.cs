using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Syntax.Lexing;

namespace RelationsGraph.Cypher.Syntax.Parsing;

// Expressions whose first token is ambiguous: "[" (list, list comprehension, pattern comprehension),
// "(" (parenthesised expression or pattern predicate) and EXISTS { ... }.
internal sealed partial class Parser
{
    private Expression ParseBracketed()
    {
        var start = Current;
        Expect(TokenKind.LeftBracket, "'['");
        if (IsVariableToken() && IsKeywordAt(1, "IN")) return ParseListComprehension(start);
        if (TryParse(ParsePatternComprehensionHead, out var head)) return ParsePatternComprehension(start, head);

        var items = new List<Expression>();
        if (!Is(TokenKind.RightBracket))
        {
            do items.Add(ParseExpression());
            while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.RightBracket, "',' or ']'");
        return Spanned(new ListLiteral(items), start);
    }

    private Expression ParseListComprehension(Token start)
    {
        var variable = Advance().Name;
        ExpectKeyword("IN");
        var source = ParseExpression();
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        var projection = Accept(TokenKind.Pipe) ? ParseExpression() : null;
        Expect(TokenKind.RightBracket, projection is null ? "'WHERE', '|' or ']'" : "']'");
        return Spanned(new ListComprehension(variable, source, where, projection), start);
    }

    private sealed record PatternComprehensionHead(string? PathVariable, PatternElement Pattern);

    /// <summary>"[p = (a)-->(b)" or "[(a)-->(b)" followed by WHERE or '|'; fails (for backtracking) otherwise.</summary>
    private PatternComprehensionHead ParsePatternComprehensionHead()
    {
        string? pathVariable = null;
        if (IsVariableToken() && Peek().Kind == TokenKind.Equal)
        {
            pathVariable = Advance().Name;
            Advance();
        }
        if (!Is(TokenKind.LeftParen)) throw Unexpected("'('");
        var pattern = ParsePatternElement();
        if (!IsKeyword("WHERE") && !Is(TokenKind.Pipe)) throw Unexpected("'WHERE' or '|'");
        return new PatternComprehensionHead(pathVariable, pattern);
    }

    private Expression ParsePatternComprehension(Token start, PatternComprehensionHead head)
    {
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        Expect(TokenKind.Pipe, "'|'");
        var projection = ParseExpression();
        Expect(TokenKind.RightBracket, "']'");
        return Spanned(new PatternComprehension(head.PathVariable, head.Pattern, where, projection), start);
    }

    private Expression ParseParenthesized()
    {
        var start = Current;
        var saved = _index;
        if (MayStartNodePattern(1) && TryParse(ParsePatternElement, out var element))
        {
            if (element.Relationships.Count > 0) return Spanned(new PatternPredicate(element), start);
            _index = saved;
        }

        Expect(TokenKind.LeftParen, "'('");
        var inner = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        return inner;
    }

    /// <summary>Whether the token after "(" can begin the inside of a node pattern.</summary>
    private bool MayStartNodePattern(int ahead) =>
        IsVariableToken(ahead) || Peek(ahead).Kind is TokenKind.Colon or TokenKind.RightParen or TokenKind.LeftBrace or TokenKind.Parameter or TokenKind.LeftParen;

    private Expression ParseExistsSubquery()
    {
        var start = Current;
        Advance();
        Expect(TokenKind.LeftBrace, "'{'");
        ExistsSubquery exists;
        if (Keywords.StartsClause(Current)) exists = new ExistsSubquery(null, null, ParseSingleQuery(insideBraces: true));
        else
        {
            var pattern = ParsePattern();
            var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
            exists = new ExistsSubquery(pattern, where, null);
        }
        Expect(TokenKind.RightBrace, "'}'");
        return Spanned(exists, start);
    }
}
