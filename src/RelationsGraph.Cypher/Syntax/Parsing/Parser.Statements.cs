using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Syntax.Lexing;

namespace RelationsGraph.Cypher.Syntax.Parsing;

// Statement level: schema commands, UNION, and the clause sequence of a single query.
internal sealed partial class Parser
{
    private const string ClauseExpectation = "a clause ('CALL', 'CREATE', 'DELETE', 'DETACH', 'MATCH', 'MERGE', 'OPTIONAL', 'REMOVE', 'RETURN', 'SET', 'UNWIND', 'WITH')";

    public Statement ParseStatement()
    {
        var statement = IsSchemaCommand() ? ParseSchemaCommand() : ParseQuery();
        Accept(TokenKind.Semicolon);
        if (!Is(TokenKind.EndOfInput)) throw Unexpected("end of input");
        return statement;
    }

    private Statement ParseQuery()
    {
        var start = Current;
        var first = ParseSingleQuery(insideBraces: false);
        if (!IsKeyword("UNION")) return first;

        var parts = new List<SingleQuery> { first };
        var all = new List<bool>();
        while (AcceptKeyword("UNION"))
        {
            all.Add(AcceptKeyword("ALL"));
            parts.Add(ParseSingleQuery(insideBraces: false));
        }
        return Spanned(new UnionQuery(parts, all), start);
    }

    /// <summary>Clauses up to UNION, ';', the end of input, or the closing '}' of a subquery.</summary>
    private SingleQuery ParseSingleQuery(bool insideBraces)
    {
        var start = Current;
        var clauses = new List<Clause>();
        while (Keywords.StartsClause(Current)) clauses.Add(ParseClause());

        if (clauses.Count == 0) throw Unexpected(ClauseExpectation);
        var atEnd = Current.Kind is TokenKind.EndOfInput or TokenKind.Semicolon || IsKeyword("UNION")
            || (insideBraces && Is(TokenKind.RightBrace));
        if (!atEnd)
        {
            var continuations = ContinuationsOf(clauses[^1]);
            var ending = insideBraces ? "or '}'" : "'UNION' or end of input";
            throw Unexpected($"{continuations}{ClauseExpectation}, {ending}");
        }
        return Spanned(new SingleQuery(clauses), start);
    }

    /// <summary>What could have continued the last clause, so that "RETURN n LIMT 1" suggests LIMIT.</summary>
    private static string ContinuationsOf(Clause clause) => clause switch
    {
        MatchClause { Where: null } => "',', 'WHERE', an operator, ",
        WithClause { Where: null } => "',', 'AS', 'ORDER BY', 'SKIP', 'LIMIT', 'WHERE', an operator, ",
        ReturnClause => "',', 'AS', 'ORDER BY', 'SKIP', 'LIMIT', an operator, ",
        CreateClause => "',', ",
        MergeClause => "'ON CREATE SET', 'ON MATCH SET', ",
        _ => "an operator, ",
    };
}
