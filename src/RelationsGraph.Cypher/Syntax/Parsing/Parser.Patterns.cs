using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Syntax.Lexing;

namespace RelationsGraph.Cypher.Syntax.Parsing;

// Graph patterns: (a:L {k: v})-[r:T*1..3]->(b), named paths and shortest paths.
internal sealed partial class Parser
{
    private Pattern ParsePattern()
    {
        var start = Current;
        var parts = new List<PatternPart>();
        do parts.Add(ParsePatternPart());
        while (Accept(TokenKind.Comma));
        return Spanned(new Pattern(parts), start);
    }

    private PatternPart ParsePatternPart()
    {
        var start = Current;
        string? pathVariable = null;
        if (IsVariableToken() && Peek().Kind == TokenKind.Equal)
        {
            pathVariable = Advance().Name;
            Advance();
        }

        var shortest = ShortestKindAhead();
        if (shortest == ShortestPathKind.None)
            return Spanned(new PatternPart(pathVariable, ParsePatternElement(), shortest), start);

        Advance();
        Expect(TokenKind.LeftParen, "'('");
        var element = ParsePatternElement();
        Expect(TokenKind.RightParen, "')'");
        return Spanned(new PatternPart(pathVariable, element, shortest), start);
    }

    private ShortestPathKind ShortestKindAhead()
    {
        if (Peek().Kind != TokenKind.LeftParen) return ShortestPathKind.None;
        if (IsKeyword("shortestPath")) return ShortestPathKind.Shortest;
        if (IsKeyword("allShortestPaths")) return ShortestPathKind.AllShortest;
        return ShortestPathKind.None;
    }

    private PatternElement ParsePatternElement() => Memoized(Rule.PatternElement, _parsePatternElement ??= ParsePatternElementOnce);

    private Func<PatternElement>? _parsePatternElement;

    private PatternElement ParsePatternElementOnce()
    {
        var start = Current;
        // A redundant pair of parentheses around a whole chain: ((a)-->(b)).
        if (Is(TokenKind.LeftParen) && Peek().Kind == TokenKind.LeftParen)
        {
            Advance();
            var inner = Nested(ParsePatternElement);
            Expect(TokenKind.RightParen, "')'");
            return Spanned(inner, start);
        }

        var nodes = new List<NodePattern> { ParseNodePattern() };
        var relationships = new List<RelationshipPattern>();
        while (RelationshipAhead())
        {
            relationships.Add(ParseRelationshipPattern());
            nodes.Add(ParseNodePattern());
        }
        return Spanned(new PatternElement(nodes, relationships), start);
    }

    /// <summary>"-" or "&lt;-" continues a chain; a following "(" , "[" , "-" or "&gt;" distinguishes it from subtraction.</summary>
    private bool RelationshipAhead()
    {
        if (Is(TokenKind.Less)) return Peek().Kind == TokenKind.Minus;
        return Is(TokenKind.Minus) && Peek().Kind is TokenKind.Minus or TokenKind.LeftBracket or TokenKind.Greater;
    }

    private NodePattern ParseNodePattern()
    {
        var start = Current;
        Expect(TokenKind.LeftParen, "'(' to start a node pattern");
        var variable = IsVariableToken() ? Advance().Name : null;
        var labels = Is(TokenKind.Colon) ? ParseLabels() : [];
        var properties = ParsePatternProperties();
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        Expect(TokenKind.RightParen, variable is null && labels.Count == 0 && properties is null
            ? "a variable, ':', '{', a parameter, 'WHERE' or ')'"
            : "')'");
        return Spanned(new NodePattern(variable, labels, properties) { Where = where }, start);
    }

    /// <summary>":A:B", as on a node pattern, in SET/REMOVE and in label predicates.</summary>
    private List<string> ParseLabels()
    {
        var labels = new List<string>();
        Expect(TokenKind.Colon, "':'");
        labels.Add(ExpectName("a label name"));
        while (Is(TokenKind.Colon))
        {
            Advance();
            labels.Add(ExpectName("a label name"));
        }
        return labels;
    }

    private Expression? ParsePatternProperties()
    {
        if (Is(TokenKind.LeftBrace)) return ParseMapLiteral();
        if (Is(TokenKind.Parameter)) return ParseAtom();
        return null;
    }

    private RelationshipPattern ParseRelationshipPattern()
    {
        var start = Current;
        var pointsLeft = Accept(TokenKind.Less);
        Expect(TokenKind.Minus, "'-'");

        string? variable = null;
        var types = new List<string>();
        Expression? properties = null;
        VariableLength? length = null;
        Expression? where = null;
        if (Accept(TokenKind.LeftBracket))
        {
            variable = IsVariableToken() ? Advance().Name : null;
            if (Accept(TokenKind.Colon))
            {
                types.Add(ExpectName("a relationship type"));
                while (Accept(TokenKind.Pipe))
                {
                    Accept(TokenKind.Colon);
                    types.Add(ExpectName("a relationship type"));
                }
            }
            if (Is(TokenKind.DotDot) || Is(TokenKind.Integer))
                throw ErrorAt(Current, "InvalidRelationshipPattern", $"Invalid input '{Current.Text}': a variable-length relationship needs '*' before its bounds, e.g. [:T*1..3]");
            if (Is(TokenKind.Star)) length = ParseVariableLength();
            properties = ParsePatternProperties();
            where = AcceptKeyword("WHERE") ? ParseExpression() : null;
            Expect(TokenKind.RightBracket, "']'");
        }

        Expect(TokenKind.Minus, "'-'");
        var pointsRight = Accept(TokenKind.Greater);
        var direction = pointsLeft == pointsRight ? RelationshipDirection.Both
            : pointsRight ? RelationshipDirection.Outgoing
            : RelationshipDirection.Incoming;
        return Spanned(new RelationshipPattern(variable, types, direction, properties, length) { Where = where }, start);
    }

    private VariableLength ParseVariableLength()
    {
        var start = Current;
        Expect(TokenKind.Star, "'*'");
        var min = ParseRangeBound();
        if (!Accept(TokenKind.DotDot))
            return Spanned(new VariableLength(min, min), start);
        var max = ParseRangeBound();
        return Spanned(new VariableLength(min, max), start);
    }

    private long? ParseRangeBound()
    {
        if (Is(TokenKind.Minus))
            throw ErrorAt(Current, "InvalidRelationshipPattern", "Invalid input '-': the bounds of a variable-length relationship cannot be negative");
        if (!Is(TokenKind.Integer)) return null;
        return IntegerValue(Advance(), negate: false);
    }
}
