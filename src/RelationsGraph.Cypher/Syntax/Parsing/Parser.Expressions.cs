using System.Numerics;
using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Syntax.Lexing;

namespace RelationsGraph.Cypher.Syntax.Parsing;

// Operator expressions, loosest binding first:
//   OR < XOR < AND < NOT < comparison (chained) < string/list/null predicates
//   < + - < * / % < ^ < unary + - < postfix (.key, [i], [a..b], :Label) < atoms.
internal sealed partial class Parser
{
    private Expression ParseExpression() => Memoized(Rule.Expression, _parseNestedOr ??= () => Nested(ParseOr));

    private Func<Expression>? _parseNestedOr;

    private Expression ParseOr() => ParseLeftAssociative("OR", BinaryOperator.Or, ParseXor);

    private Expression ParseXor() => ParseLeftAssociative("XOR", BinaryOperator.Xor, ParseAnd);

    private Expression ParseAnd() => ParseLeftAssociative("AND", BinaryOperator.And, ParseNot);

    private Expression ParseLeftAssociative(string keyword, BinaryOperator op, Func<Expression> operand)
    {
        var start = Current;
        var left = operand();
        for (var length = 1; AcceptKeyword(keyword); length++)
        {
            CheckChainLength(length);
            left = Spanned(new Binary(op, left, operand()), start);
        }
        return left;
    }

    private Expression ParseNot()
    {
        var start = Current;
        if (!AcceptKeyword("NOT")) return ParseComparison();
        return Spanned(new Unary(UnaryOperator.Not, Nested(ParseNot)), start);
    }

    /// <summary>a &lt; b &lt;= c means a &lt; b AND b &lt;= c.</summary>
    private Expression ParseComparison()
    {
        var start = Current;
        var left = ParsePredicates();
        Expression? chain = null;
        for (var length = 1; ComparisonOperator() is { } op; length++)
        {
            CheckChainLength(length);
            var operandStart = left.Span.Offset;
            Advance();
            var right = ParsePredicates();
            var comparison = new Binary(op, left, right) { Span = _errors.Span(operandStart, Previous.End) };
            chain = chain is null ? comparison : Spanned(new Binary(BinaryOperator.And, chain, comparison), start);
            left = right;
        }
        return chain ?? left;
    }

    private BinaryOperator? ComparisonOperator() => Current.Kind switch
    {
        TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.LessThan,
        TokenKind.Greater => BinaryOperator.GreaterThan,
        TokenKind.LessEqual => BinaryOperator.LessThanOrEqual,
        TokenKind.GreaterEqual => BinaryOperator.GreaterThanOrEqual,
        _ => null,
    };

    /// <summary>STARTS WITH, ENDS WITH, CONTAINS, IN, =~ and IS [NOT] NULL.</summary>
    private Expression ParsePredicates()
    {
        var start = Current;
        var left = ParseAdditive();
        for (var length = 1; ; length++)
        {
            CheckChainLength(length);
            if (IsKeyword("IS"))
            {
                Advance();
                var negated = AcceptKeyword("NOT");
                ExpectKeyword("NULL");
                left = Spanned(new IsNull(left, negated), start);
                continue;
            }

            BinaryOperator op;
            if (IsKeyword("STARTS") || IsKeyword("ENDS"))
            {
                op = IsKeyword("STARTS") ? BinaryOperator.StartsWith : BinaryOperator.EndsWith;
                Advance();
                ExpectKeyword("WITH");
            }
            else if (AcceptKeyword("CONTAINS")) op = BinaryOperator.Contains;
            else if (AcceptKeyword("IN")) op = BinaryOperator.In;
            else if (Accept(TokenKind.RegexMatch)) op = BinaryOperator.RegexMatch;
            else return left;
            left = Spanned(new Binary(op, left, ParseAdditive()), start);
        }
    }

    private Expression ParseAdditive()
    {
        var start = Current;
        var left = ParseMultiplicative();
        for (var length = 1; Current.Kind is TokenKind.Plus or TokenKind.Minus; length++)
        {
            CheckChainLength(length);
            var op = Advance().Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract;
            left = Spanned(new Binary(op, left, ParseMultiplicative()), start);
        }
        return left;
    }

    private Expression ParseMultiplicative()
    {
        var start = Current;
        var left = ParsePower();
        for (var length = 1; Current.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.Percent; length++)
        {
            CheckChainLength(length);
            var op = Advance().Kind switch
            {
                TokenKind.Star => BinaryOperator.Multiply,
                TokenKind.Slash => BinaryOperator.Divide,
                _ => BinaryOperator.Modulo,
            };
            left = Spanned(new Binary(op, left, ParsePower()), start);
        }
        return left;
    }

    /// <summary>Exponentiation is left-associative in Cypher: 2^3^2 = 64.</summary>
    private Expression ParsePower()
    {
        var start = Current;
        var left = ParseUnary();
        for (var length = 1; Accept(TokenKind.Caret); length++)
        {
            CheckChainLength(length);
            left = Spanned(new Binary(BinaryOperator.Power, left, ParseUnary()), start);
        }
        return left;
    }

    private Expression ParseUnary()
    {
        var start = Current;
        if (Is(TokenKind.Minus) && Peek().Kind is TokenKind.Integer or TokenKind.Float && !PostfixFollows(2))
        {
            // Folded so that -9223372036854775808 is representable although its magnitude is not.
            Advance();
            var number = Advance();
            object value = number.Kind == TokenKind.Integer ? (object)IntegerValue(number, negate: true) : -(double)number.Value!;
            return Spanned(new Literal(value), start);
        }
        if (Accept(TokenKind.Minus)) return Spanned(new Unary(UnaryOperator.Negate, Nested(ParseUnary)), start);
        if (Accept(TokenKind.Plus)) return Spanned(new Unary(UnaryOperator.Plus, Nested(ParseUnary)), start);
        return ParsePostfix(ParseAtom(), start, allowLabels: true);
    }

    /// <summary>
    /// A chain like a + b + c builds a tree as deep as it is long without recursing in the parser;
    /// later stages walk it recursively, so its length is bounded too.
    /// </summary>
    private void CheckChainLength(int length)
    {
        if (length > MaxChainLength)
            throw ErrorAt(Current, "UnexpectedSyntax", $"Invalid input '{Current.Text}': more than {MaxChainLength} operators in a row; split the expression or use a list with IN");
    }

    private bool PostfixFollows(int ahead) => Peek(ahead).Kind is TokenKind.Dot or TokenKind.LeftBracket or TokenKind.Colon;

    private Expression ParsePostfix(Expression target, Token start, bool allowLabels)
    {
        for (var length = 1; ; length++)
        {
            CheckChainLength(length);
            if (Is(TokenKind.Dot))
            {
                Advance();
                target = Spanned(new PropertyAccess(target, ExpectName("a property key name")), start);
            }
            else if (Is(TokenKind.LeftBracket)) target = ParseSubscriptOrSlice(target, start);
            else if (allowLabels && Is(TokenKind.Colon)) target = Spanned(new LabelCheck(target, ParseLabels()), start);
            else return target;
        }
    }

    private Expression ParseSubscriptOrSlice(Expression target, Token start)
    {
        Expect(TokenKind.LeftBracket, "'['");
        var from = Is(TokenKind.DotDot) ? null : ParseExpression();
        if (Accept(TokenKind.DotDot))
        {
            var to = Is(TokenKind.RightBracket) ? null : ParseExpression();
            Expect(TokenKind.RightBracket, "']'");
            return Spanned(new Slice(target, from, to), start);
        }
        Expect(TokenKind.RightBracket, "'..' or ']'");
        return Spanned(new Subscript(target, from!), start);
    }

    /// <summary>The value of an integer token, negated if asked; magnitudes beyond 64 bits are an IntegerOverflow.</summary>
    private long IntegerValue(Token token, bool negate)
    {
        var magnitude = (BigInteger)token.Value!;
        var value = negate ? -magnitude : magnitude;
        if (value < long.MinValue || value > long.MaxValue)
            throw ErrorAt(token, "IntegerOverflow", $"integer is too large: '{(negate ? "-" : "")}{Abbreviated(token.Text)}' does not fit in 64 bits");
        return (long)value;
    }

    /// <summary>A literal of a million digits is named by its start and length, not echoed whole.</summary>
    private static string Abbreviated(string text) => text.Length <= 40 ? text : $"{text[..32]}... ({text.Length} characters)";
}
