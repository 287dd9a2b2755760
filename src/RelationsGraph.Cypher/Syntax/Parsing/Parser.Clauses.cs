using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Syntax.Lexing;

namespace RelationsGraph.Cypher.Syntax.Parsing;

// The clauses of a query.
internal sealed partial class Parser
{
    private Clause ParseClause()
    {
        var start = Current;
        Clause clause = Current.Text.ToUpperInvariant() switch
        {
            "MATCH" or "OPTIONAL" => ParseMatch(),
            "UNWIND" => ParseUnwind(),
            "WITH" => ParseWith(),
            "RETURN" => ParseReturn(),
            "CREATE" => ParseCreate(),
            "MERGE" => ParseMerge(),
            "SET" => ParseSet(),
            "REMOVE" => ParseRemove(),
            "DELETE" or "DETACH" => ParseDelete(),
            "CALL" when Peek().Kind is TokenKind.LeftBrace or TokenKind.LeftParen => ParseCallSubquery(),
            "CALL" => ParseCall(),
            "LOAD" => ParseLoadCsv(),
            "FOREACH" => throw ErrorAt(start, "UnexpectedSyntax", "FOREACH is not supported; use UNWIND list AS x followed by the update clauses"),
            _ => throw Unexpected(ClauseExpectation),
        };
        return Spanned(clause, start);
    }

    private MatchClause ParseMatch()
    {
        var optional = AcceptKeyword("OPTIONAL");
        ExpectKeyword("MATCH");
        var pattern = ParsePattern();
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        return new MatchClause(optional, pattern, where);
    }

    private UnwindClause ParseUnwind()
    {
        ExpectKeyword("UNWIND");
        var source = ParseExpression();
        ExpectKeyword("AS");
        return new UnwindClause(source, ExpectVariable());
    }

    private WithClause ParseWith()
    {
        ExpectKeyword("WITH");
        var body = ParseProjectionBody();
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        return new WithClause(body, where);
    }

    private ReturnClause ParseReturn()
    {
        ExpectKeyword("RETURN");
        return new ReturnClause(ParseProjectionBody());
    }

    private ProjectionBody ParseProjectionBody()
    {
        var start = Current;
        var distinct = AcceptKeyword("DISTINCT");
        var includeExisting = false;
        var items = new List<ProjectionItem>();
        if (Accept(TokenKind.Star))
        {
            includeExisting = true;
            while (Accept(TokenKind.Comma)) items.Add(ParseProjectionItem());
        }
        else
        {
            do items.Add(ParseProjectionItem());
            while (Accept(TokenKind.Comma));
        }

        var orderBy = new List<SortItem>();
        if (AcceptKeyword("ORDER"))
        {
            ExpectKeyword("BY");
            do orderBy.Add(ParseSortItem());
            while (Accept(TokenKind.Comma));
        }
        var skip = AcceptKeyword("SKIP") ? ParseExpression() : null;
        var limit = AcceptKeyword("LIMIT") ? ParseExpression() : null;
        return Spanned(new ProjectionBody(distinct, includeExisting, items, orderBy, skip, limit), start);
    }

    private ProjectionItem ParseProjectionItem()
    {
        var start = Current;
        var expression = ParseExpression();
        var text = TextFrom(start);
        var alias = AcceptKeyword("AS") ? ExpectName("an alias") : null;
        return Spanned(new ProjectionItem(expression, alias, text), start);
    }

    private SortItem ParseSortItem()
    {
        var start = Current;
        var expression = ParseExpression();
        var descending = false;
        if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING")) descending = true;
        else if (!AcceptKeyword("ASC")) AcceptKeyword("ASCENDING");
        return Spanned(new SortItem(expression, descending), start);
    }

    private CreateClause ParseCreate()
    {
        ExpectKeyword("CREATE");
        return new CreateClause(ParsePattern());
    }

    private MergeClause ParseMerge()
    {
        ExpectKeyword("MERGE");
        var part = ParsePatternPart();
        var onCreate = new List<SetItem>();
        var onMatch = new List<SetItem>();
        while (IsKeyword("ON"))
        {
            Advance();
            var target = AcceptKeyword("CREATE") ? onCreate
                : AcceptKeyword("MATCH") ? onMatch
                : throw Unexpected("'CREATE' or 'MATCH'");
            ExpectKeyword("SET");
            target.AddRange(ParseSetItems());
        }
        return new MergeClause(part, onCreate, onMatch);
    }

    private SetClause ParseSet()
    {
        ExpectKeyword("SET");
        return new SetClause(ParseSetItems());
    }

    private List<SetItem> ParseSetItems()
    {
        var items = new List<SetItem>();
        do items.Add(ParseSetItem());
        while (Accept(TokenKind.Comma));
        return items;
    }

    private SetItem ParseSetItem()
    {
        var start = Current;
        if (IsVariableToken() && Peek().Kind is TokenKind.Equal or TokenKind.PlusEqual or TokenKind.Colon)
        {
            var variable = Advance().Name;
            if (Is(TokenKind.Colon)) return Spanned(new SetLabels(variable, ParseLabels()), start);
            var merge = Advance().Kind == TokenKind.PlusEqual;
            return Spanned(new SetAllProperties(variable, ParseExpression(), merge), start);
        }

        var target = ParsePropertyTarget("a property to set, e.g. n.name = value");
        Expect(TokenKind.Equal, "'='");
        return Spanned(new SetProperty(target, ParseExpression()), start);
    }

    private RemoveClause ParseRemove()
    {
        ExpectKeyword("REMOVE");
        var items = new List<RemoveItem>();
        do
        {
            var start = Current;
            if (IsVariableToken() && Peek().Kind == TokenKind.Colon)
            {
                var variable = Advance().Name;
                items.Add(Spanned(new RemoveLabels(variable, ParseLabels()), start));
            }
            else items.Add(Spanned(new RemoveProperty(ParsePropertyTarget("a label or property to remove, e.g. n:Label or n.name")), start));
        } while (Accept(TokenKind.Comma));
        return new RemoveClause(items);
    }

    /// <summary>A property lookup such as n.name or (n).a.b, without the operators around it.</summary>
    private PropertyAccess ParsePropertyTarget(string expected)
    {
        var start = Current;
        var target = ParsePostfix(ParseAtom(), start, allowLabels: false);
        return target as PropertyAccess ?? throw UnexpectedAt(start, expected);
    }

    private DeleteClause ParseDelete()
    {
        var detach = AcceptKeyword("DETACH");
        ExpectKeyword("DELETE");
        var targets = new List<Expression>();
        do targets.Add(ParseExpression());
        while (Accept(TokenKind.Comma));
        return new DeleteClause(targets, detach);
    }

    private CallClause ParseCall()
    {
        ExpectKeyword("CALL");
        var name = ParseQualifiedName("a procedure name");

        List<Expression>? arguments = null;
        if (Accept(TokenKind.LeftParen))
        {
            arguments = [];
            if (!Is(TokenKind.RightParen))
            {
                do arguments.Add(ParseExpression());
                while (Accept(TokenKind.Comma));
            }
            Expect(TokenKind.RightParen, "',' or ')'");
        }

        if (!AcceptKeyword("YIELD")) return new CallClause(name, arguments, null, false, null);
        if (Accept(TokenKind.Star)) return new CallClause(name, arguments, null, true, null);

        var yield = new List<YieldItem>();
        do
        {
            var start = Current;
            var field = ExpectName("a procedure result field");
            var alias = AcceptKeyword("AS") ? ExpectVariable() : null;
            yield.Add(Spanned(new YieldItem(field, alias), start));
        } while (Accept(TokenKind.Comma));
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        return new CallClause(name, arguments, yield, false, where);
    }

    /// <summary>name or ns.sub.name, as for procedures and namespaced functions.</summary>
    private string ParseQualifiedName(string expected)
    {
        var name = ExpectName(expected);
        while (Is(TokenKind.Dot) && Peek().Kind is TokenKind.Word or TokenKind.QuotedName)
        {
            Advance();
            name += "." + Advance().Name;
        }
        return name;
    }
}
