using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Syntax.Lexing;

namespace RelationsGraph.Cypher.Syntax.Parsing;

// Atoms: literals, parameters, variables, function calls, CASE, comprehensions, map projections,
// parenthesised expressions and the pattern-shaped expressions.
internal sealed partial class Parser
{
    private const string ExpressionExpectation = "an expression";

    private Expression ParseAtom()
    {
        var start = Current;
        switch (start.Kind)
        {
            case TokenKind.Integer:
                Advance();
                return Spanned(new Literal(IntegerValue(start, negate: false)), start);
            case TokenKind.Float:
            case TokenKind.String:
                Advance();
                return Spanned(new Literal(start.Value), start);
            case TokenKind.Parameter:
                Advance();
                return Spanned(new Parameter(start.Name), start);
            case TokenKind.LeftBracket:
                return ParseBracketed();
            case TokenKind.LeftBrace:
                return ParseMapLiteral();
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.Word:
                return ParseWordAtom();
            case TokenKind.QuotedName:
                return FunctionCallAhead() ? ParseFunctionCall() : ParseVariableOrMapProjection();
            default:
                throw Unexpected(ExpressionExpectation);
        }
    }

    private Expression ParseWordAtom()
    {
        var start = Current;
        var next = Peek().Kind;
        switch (start.Text.ToUpperInvariant())
        {
            case "TRUE": Advance(); return Spanned(new Literal(true), start);
            case "FALSE": Advance(); return Spanned(new Literal(false), start);
            case "NULL": Advance(); return Spanned(new Literal(null), start);
            case "CASE": return ParseCase();
            case "COUNT" when next == TokenKind.LeftParen && Peek(2).Kind == TokenKind.Star:
                Advance(); Advance(); Advance();
                Expect(TokenKind.RightParen, "')'");
                return Spanned(new CountStar(), start);
            case "EXISTS" when next == TokenKind.LeftBrace: return ParseExistsSubquery();
            case "COUNT" when next == TokenKind.LeftBrace: return ParseCountSubquery();
            case "COLLECT" when next == TokenKind.LeftBrace: return ParseCollectSubquery();
            case "ALL" or "ANY" or "NONE" or "SINGLE" when next == TokenKind.LeftParen && IsVariableToken(2) && IsKeywordAt(3, "IN"):
                return ParseQuantifier();
            case "REDUCE" when next == TokenKind.LeftParen: return ParseReduce();
            case "SHORTESTPATH" or "ALLSHORTESTPATHS" when next == TokenKind.LeftParen:
                return Spanned(new ShortestPathExpression(ParsePatternPart()), start);
        }
        if (FunctionCallAhead()) return ParseFunctionCall();
        if (Keywords.IsReserved(start.Text)) throw Unexpected(ExpressionExpectation);
        return ParseVariableOrMapProjection();
    }

    /// <summary>name(...) or ns.name(...): a dotted chain of names directly followed by '('.</summary>
    private bool FunctionCallAhead()
    {
        var ahead = 0;
        while (Peek(ahead + 1).Kind == TokenKind.Dot && Peek(ahead + 2).Kind is TokenKind.Word or TokenKind.QuotedName) ahead += 2;
        return Peek(ahead + 1).Kind == TokenKind.LeftParen;
    }

    private Expression ParseFunctionCall()
    {
        var start = Current;
        var name = ParseQualifiedName("a function name");
        Expect(TokenKind.LeftParen, "'('");
        var distinct = AcceptKeyword("DISTINCT");
        var arguments = new List<Expression>();
        if (!Is(TokenKind.RightParen))
        {
            do arguments.Add(ParseExpression());
            while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.RightParen, "',' or ')'");
        return Spanned(new FunctionCall(name, distinct, arguments), start);
    }

    private Expression ParseVariableOrMapProjection()
    {
        var start = Current;
        var name = Advance().Name;
        if (!Is(TokenKind.LeftBrace)) return Spanned(new Variable(name), start);

        Advance();
        var items = new List<MapProjectionItem>();
        if (!Is(TokenKind.RightBrace))
        {
            do items.Add(ParseMapProjectionItem());
            while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.RightBrace, "',' or '}'");
        return Spanned(new MapProjection(name, items), start);
    }

    private MapProjectionItem ParseMapProjectionItem()
    {
        var start = Current;
        if (Accept(TokenKind.Dot))
        {
            if (Accept(TokenKind.Star)) return Spanned(new AllPropertiesSelector(), start);
            return Spanned(new PropertySelector(ExpectName("a property key name or '*'")), start);
        }
        if (Current.Kind is TokenKind.Word or TokenKind.QuotedName && Peek().Kind == TokenKind.Colon)
        {
            var key = Advance().Name;
            Advance();
            return Spanned(new LiteralEntry(key, ParseExpression()), start);
        }
        return Spanned(new VariableSelector(ExpectVariable("'.key', '.*', 'key: value' or a variable")), start);
    }

    private MapLiteral ParseMapLiteral()
    {
        var start = Current;
        Expect(TokenKind.LeftBrace, "'{'");
        var entries = new List<KeyValuePair<string, Expression>>();
        if (!Is(TokenKind.RightBrace))
        {
            do
            {
                var key = ExpectName("a property key name");
                Expect(TokenKind.Colon, "':'");
                entries.Add(new(key, ParseExpression()));
            } while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.RightBrace, "',' or '}'");
        return Spanned(new MapLiteral(entries), start);
    }

    private Expression ParseCase()
    {
        var start = Current;
        ExpectKeyword("CASE");
        var subject = IsKeyword("WHEN") ? null : ParseExpression();
        var alternatives = new List<CaseAlternative>();
        while (IsKeyword("WHEN"))
        {
            var alternativeStart = Advance();
            var when = ParseExpression();
            ExpectKeyword("THEN");
            alternatives.Add(Spanned(new CaseAlternative(when, ParseExpression()), alternativeStart));
        }
        if (alternatives.Count == 0) throw Unexpected("'WHEN'");
        var otherwise = AcceptKeyword("ELSE") ? ParseExpression() : null;
        if (!AcceptKeyword("END")) throw Unexpected(otherwise is null ? "'WHEN', 'ELSE' or 'END'" : "'END'");
        return Spanned(new Case(subject, alternatives, otherwise), start);
    }

    private Expression ParseQuantifier()
    {
        var start = Current;
        var kind = Advance().Text.ToUpperInvariant() switch
        {
            "ALL" => QuantifierKind.All,
            "ANY" => QuantifierKind.Any,
            "NONE" => QuantifierKind.None,
            _ => QuantifierKind.Single,
        };
        Expect(TokenKind.LeftParen, "'('");
        var variable = ExpectVariable();
        ExpectKeyword("IN");
        var source = ParseExpression();
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        Expect(TokenKind.RightParen, where is null ? "'WHERE' or ')'" : "')'");
        return Spanned(new Quantifier(kind, variable, source, where), start);
    }

    private Expression ParseReduce()
    {
        var start = Current;
        Advance();
        Expect(TokenKind.LeftParen, "'('");
        var accumulator = ExpectVariable("an accumulator variable");
        Expect(TokenKind.Equal, "'='");
        var initial = ParseExpression();
        Expect(TokenKind.Comma, "','");
        var variable = ExpectVariable();
        ExpectKeyword("IN");
        var source = ParseExpression();
        Expect(TokenKind.Pipe, "'|'");
        var expression = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        return Spanned(new Reduce(accumulator, initial, variable, source, expression), start);
    }
}
