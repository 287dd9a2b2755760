using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Syntax.Lexing;

namespace RelationsGraph.Cypher.Syntax.Parsing;

// Schema commands: CREATE/DROP INDEX, CREATE/DROP CONSTRAINT (Neo4j 5 and the older ON ... ASSERT forms), SHOW.
internal sealed partial class Parser
{
    private static readonly string[] IndexKinds = ["RANGE", "BTREE", "TEXT", "POINT", "FULLTEXT"];

    private bool IsSchemaCommand()
    {
        if (IsKeyword("DROP") || IsKeyword("SHOW")) return true;
        if (!IsKeyword("CREATE")) return false;
        if (IsKeywordAt(1, "INDEX") || IsKeywordAt(1, "CONSTRAINT")) return true;
        return Array.Exists(IndexKinds, kind => IsKeywordAt(1, kind)) && IsKeywordAt(2, "INDEX");
    }

    private Statement ParseSchemaCommand()
    {
        var start = Current;
        Statement statement;
        if (AcceptKeyword("SHOW")) statement = ParseShow();
        else if (AcceptKeyword("DROP"))
        {
            statement = AcceptKeyword("INDEX") ? ParseDropIndex()
                : AcceptKeyword("CONSTRAINT") ? ParseDropConstraint()
                : throw Unexpected("'INDEX' or 'CONSTRAINT'");
        }
        else
        {
            ExpectKeyword("CREATE");
            if (AcceptKeyword("CONSTRAINT")) statement = ParseCreateConstraint();
            else if (AcceptKeyword("FULLTEXT"))
            {
                ExpectKeyword("INDEX");
                statement = ParseCreateFullTextIndex();
            }
            else
            {
                if (Array.Exists(IndexKinds, IsKeyword)) Advance();
                ExpectKeyword("INDEX");
                statement = ParseCreateIndex();
            }
        }
        return Spanned(statement, start);
    }

    private Statement ParseShow()
    {
        AcceptKeyword("ALL");
        string? indexType = null;
        if ((IsKeyword("FULLTEXT") || IsKeyword("RANGE")) && (IsKeywordAt(1, "INDEX") || IsKeywordAt(1, "INDEXES")))
            indexType = Advance().Text.ToUpperInvariant();
        if (AcceptKeyword("INDEX") || AcceptKeyword("INDEXES")) return new ShowSchema(Constraints: false) { IndexType = indexType };
        if (AcceptKeyword("CONSTRAINT") || AcceptKeyword("CONSTRAINTS")) return new ShowSchema(Constraints: true);
        throw Unexpected("'INDEXES' or 'CONSTRAINTS'");
    }

    private Statement ParseCreateIndex()
    {
        if (AcceptKeyword("ON"))
        {
            // Legacy form: CREATE INDEX ON :Label(a, b)
            var (label, properties) = ParseLegacyLabelProperties();
            return new CreateIndex(null, false, SchemaEntity.Node, label, properties);
        }
        var name = ParseOptionalSchemaName();
        var ifNotExists = ParseIfNotExists();
        ExpectKeyword("FOR");
        var (entity, labelOrType) = ParseSchemaEntity();
        ExpectKeyword("ON");
        Expect(TokenKind.LeftParen, "'('");
        var keys = new List<string>();
        do keys.Add(ParseSchemaProperty());
        while (Accept(TokenKind.Comma));
        Expect(TokenKind.RightParen, "',' or ')'");
        return new CreateIndex(name, ifNotExists, entity, labelOrType, keys);
    }

    private Statement ParseCreateConstraint()
    {
        var name = ParseOptionalSchemaName();
        var ifNotExists = ParseIfNotExists();
        bool legacy;
        if (AcceptKeyword("FOR")) legacy = false;
        else if (AcceptKeyword("ON")) legacy = true;
        else throw Unexpected("'FOR', 'ON' or 'IF NOT EXISTS'");

        var (entity, labelOrType) = ParseSchemaEntity();
        if (legacy) ExpectKeyword("ASSERT");
        else ExpectKeyword("REQUIRE");

        if (legacy && IsKeyword("EXISTS"))
        {
            // ASSERT exists(n.p): the old spelling of a NOT NULL constraint.
            Advance();
            Expect(TokenKind.LeftParen, "'('");
            var property = ParseSchemaProperty();
            Expect(TokenKind.RightParen, "')'");
            return new CreateConstraint(name, ifNotExists, entity, labelOrType, [property], ConstraintKind.NotNull);
        }

        List<string> properties;
        if (Accept(TokenKind.LeftParen))
        {
            properties = [];
            do properties.Add(ParseSchemaProperty());
            while (Accept(TokenKind.Comma));
            Expect(TokenKind.RightParen, "',' or ')'");
        }
        else properties = [ParseSchemaProperty()];

        ExpectKeyword("IS");
        ConstraintKind kind;
        if (AcceptKeyword("UNIQUE")) kind = ConstraintKind.Unique;
        else if (AcceptKeyword("NOT"))
        {
            ExpectKeyword("NULL");
            kind = ConstraintKind.NotNull;
        }
        else if (AcceptKeyword("NODE") || AcceptKeyword("RELATIONSHIP") || IsKeyword("KEY"))
        {
            ExpectKeyword("KEY");
            kind = ConstraintKind.NodeKey;
        }
        else throw Unexpected("'UNIQUE', 'NODE KEY' or 'NOT NULL'");
        return new CreateConstraint(name, ifNotExists, entity, labelOrType, properties, kind);
    }

    private Statement ParseDropIndex()
    {
        if (AcceptKeyword("ON"))
        {
            var (label, properties) = ParseLegacyLabelProperties();
            return new DropIndex(null, false, label, properties);
        }
        var name = ExpectName("an index name");
        return new DropIndex(name, ParseIfExists(), null, null);
    }

    private Statement ParseDropConstraint()
    {
        var name = ExpectName("a constraint name");
        return new DropConstraint(name, ParseIfExists());
    }

    /// <summary>The name in "CREATE INDEX name ...", absent when IF, FOR or ON come straight away.</summary>
    private string? ParseOptionalSchemaName()
    {
        if (Current.Kind == TokenKind.QuotedName) return Advance().Name;
        if (Current.Kind != TokenKind.Word || IsKeyword("FOR") || IsKeyword("ON")) return null;
        if (IsKeyword("IF") && IsKeywordAt(1, "NOT")) return null;
        return Advance().Name;
    }

    private bool ParseIfNotExists()
    {
        if (!AcceptKeyword("IF")) return false;
        ExpectKeyword("NOT");
        ExpectKeyword("EXISTS");
        return true;
    }

    private bool ParseIfExists()
    {
        if (!AcceptKeyword("IF")) return false;
        ExpectKeyword("EXISTS");
        return true;
    }

    /// <summary>(n:Label) or ()-[r:TYPE]-(), in any direction.</summary>
    private (SchemaEntity Entity, string LabelOrType) ParseSchemaEntity()
    {
        var start = Current;
        var element = ParsePatternElement();
        if (element.Relationships.Count == 0 && element.Nodes[0].Labels.Count == 1)
            return (SchemaEntity.Node, element.Nodes[0].Labels[0]);
        if (element.Relationships.Count == 1 && element.Relationships[0].Types.Count == 1)
            return (SchemaEntity.Relationship, element.Relationships[0].Types[0]);
        throw UnexpectedAt(start, "a pattern with exactly one label, like (n:Label), or one relationship type, like ()-[r:TYPE]-()");
    }

    /// <summary>n.prop, returning the property key.</summary>
    private string ParseSchemaProperty()
    {
        ExpectVariable();
        Expect(TokenKind.Dot, "'.'");
        return ExpectName("a property key name");
    }

    private (string Label, List<string> Properties) ParseLegacyLabelProperties()
    {
        Expect(TokenKind.Colon, "':'");
        var label = ExpectName("a label name");
        Expect(TokenKind.LeftParen, "'('");
        var properties = new List<string>();
        do properties.Add(ExpectName("a property key name"));
        while (Accept(TokenKind.Comma));
        Expect(TokenKind.RightParen, "',' or ')'");
        return (label, properties);
    }
}
