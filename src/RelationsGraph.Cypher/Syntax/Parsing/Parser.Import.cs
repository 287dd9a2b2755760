using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Syntax.Lexing;

namespace RelationsGraph.Cypher.Syntax.Parsing;

// The clauses of a bulk import: LOAD CSV and CALL { ... } [IN TRANSACTIONS [OF n ROWS]].
internal sealed partial class Parser
{
    private LoadCsvClause ParseLoadCsv()
    {
        ExpectKeyword("LOAD");
        ExpectKeyword("CSV");
        var headers = false;
        if (AcceptKeyword("WITH"))
        {
            ExpectKeyword("HEADERS");
            headers = true;
        }
        ExpectKeyword("FROM");
        var source = ParseExpression();
        ExpectKeyword("AS");
        var variable = ExpectVariable();
        string? terminator = null;
        if (AcceptKeyword("FIELDTERMINATOR"))
        {
            var token = Current;
            if (token.Kind != TokenKind.String) throw Unexpected("a string literal");
            Advance();
            terminator = (string)token.Value!;
        }
        return new LoadCsvClause(headers, source, variable, terminator);
    }

    private CallSubqueryClause ParseCallSubquery()
    {
        ExpectKeyword("CALL");
        List<string>? imported = null;
        var importAll = false;
        if (Accept(TokenKind.LeftParen))
        {
            imported = [];
            if (Accept(TokenKind.Star)) importAll = true;
            else if (!Is(TokenKind.RightParen))
            {
                do imported.Add(ExpectVariable());
                while (Accept(TokenKind.Comma));
            }
            Expect(TokenKind.RightParen, "',' or ')'");
        }
        Expect(TokenKind.LeftBrace, "'{'");
        var query = ParseSingleQuery(insideBraces: true);
        Expect(TokenKind.RightBrace, "'}'");

        if (!AcceptKeyword("IN")) return new CallSubqueryClause(query, imported, importAll, false, null);
        ExpectKeyword("TRANSACTIONS");
        Expression? batch = null;
        if (AcceptKeyword("OF"))
        {
            batch = ParseExpression();
            if (!AcceptKeyword("ROWS")) ExpectKeyword("ROW");
        }
        return new CallSubqueryClause(query, imported, importAll, true, batch);
    }
}
