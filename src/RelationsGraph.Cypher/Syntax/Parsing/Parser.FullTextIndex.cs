using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Syntax.Lexing;

namespace RelationsGraph.Cypher.Syntax.Parsing;

// CREATE FULLTEXT INDEX name [IF NOT EXISTS] FOR (n:A|B) | ()-[r:T|U]-() ON EACH [n.p, ...] [OPTIONS {...}], Neo4j 5's form.
internal sealed partial class Parser
{
    private Statement ParseCreateFullTextIndex()
    {
        var name = ParseOptionalSchemaName();
        var ifNotExists = ParseIfNotExists();
        ExpectKeyword("FOR");
        var (entity, labelsOrTypes) = ParseFullTextEntity();
        ExpectKeyword("ON");
        ExpectKeyword("EACH");
        Expect(TokenKind.LeftBracket, "'['");
        var keys = new List<string>();
        do keys.Add(ParseSchemaProperty());
        while (Accept(TokenKind.Comma));
        Expect(TokenKind.RightBracket, "',' or ']'");
        var config = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (AcceptKeyword("OPTIONS")) ReadIndexConfig(config);
        return new CreateIndex(name, ifNotExists, entity, labelsOrTypes[0], keys) { FullText = new FullTextIndexClause(labelsOrTypes, config) };
    }

    /// <summary>(n:A|B) or ()-[r:T|U]-() in any direction.</summary>
    private (SchemaEntity Entity, List<string> LabelsOrTypes) ParseFullTextEntity()
    {
        Expect(TokenKind.LeftParen, "'('");
        if (Accept(TokenKind.RightParen))
        {
            Accept(TokenKind.Less);
            Expect(TokenKind.Minus, "'-'");
            Expect(TokenKind.LeftBracket, "'['");
            var types = ParseVariableAndAlternatives();
            Expect(TokenKind.RightBracket, "']'");
            Expect(TokenKind.Minus, "'-'");
            Accept(TokenKind.Greater);
            Expect(TokenKind.LeftParen, "'('");
            Expect(TokenKind.RightParen, "')'");
            return (SchemaEntity.Relationship, types);
        }
        var labels = ParseVariableAndAlternatives();
        Expect(TokenKind.RightParen, "')'");
        return (SchemaEntity.Node, labels);
    }

    /// <summary>v:A|B|C (also v:A|:B, the older spelling).</summary>
    private List<string> ParseVariableAndAlternatives()
    {
        ExpectVariable();
        Expect(TokenKind.Colon, "':'");
        var names = new List<string> { ExpectName("a label or relationship type") };
        while (Accept(TokenKind.Pipe))
        {
            Accept(TokenKind.Colon);
            names.Add(ExpectName("a label or relationship type"));
        }
        return names;
    }

    /// <summary>OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', ...}, indexProvider: ...}: the indexConfig entries, literals only.</summary>
    private void ReadIndexConfig(Dictionary<string, object?> config)
    {
        var start = Current;
        if (ParseExpression() is not MapLiteral options) throw UnexpectedAt(start, "a map of options");
        foreach (var (key, value) in options.Entries)
        {
            if (key != "indexConfig") continue;
            if (value is not MapLiteral entries) throw UnexpectedAt(start, "indexConfig as a map");
            foreach (var (setting, literal) in entries.Entries)
                config[setting] = literal is Literal { Value: var v } ? v : throw UnexpectedAt(start, "a literal indexConfig value");
        }
    }
}
