namespace RelationsGraph.Cypher.Syntax.Ast;

/// <summary>Base of every syntax node; Span points back into the query text for diagnostics.</summary>
public abstract record SyntaxNode
{
    public SourceSpan Span { get; init; }
}

/// <summary>A whole statement: a query (possibly a union) or a schema command.</summary>
public abstract record Statement : SyntaxNode;

/// <summary>One query made of clauses in order, e.g. MATCH ... WITH ... RETURN.</summary>
public sealed record SingleQuery(IReadOnlyList<Clause> Clauses) : Statement;

/// <summary>q1 UNION [ALL] q2 ...; All[i] tells whether the i-th UNION (between Parts[i] and Parts[i+1]) is ALL.</summary>
public sealed record UnionQuery(IReadOnlyList<SingleQuery> Parts, IReadOnlyList<bool> All) : Statement;

public enum SchemaEntity { Node, Relationship }

/// <summary>CREATE INDEX [name] [IF NOT EXISTS] FOR (n:Label) ON (n.a, n.b) — also the old CREATE INDEX ON :Label(a).</summary>
public sealed record CreateIndex(string? Name, bool IfNotExists, SchemaEntity Entity, string LabelOrType, IReadOnlyList<string> Properties) : Statement
{
    /// <summary>Set for CREATE FULLTEXT INDEX ... FOR (n:A|B) ON EACH [n.p, n.q] [OPTIONS {indexConfig: {...}}].</summary>
    public FullTextIndexClause? FullText { get; init; }
}

/// <summary>What CREATE FULLTEXT INDEX adds: every label or type it covers (LabelOrType is the first) and its indexConfig.</summary>
public sealed record FullTextIndexClause(IReadOnlyList<string> LabelsOrTypes, IReadOnlyDictionary<string, object?> IndexConfig);

/// <summary>DROP INDEX name [IF EXISTS] — also the old DROP INDEX ON :Label(a) (Name null, label and properties set).</summary>
public sealed record DropIndex(string? Name, bool IfExists, string? Label, IReadOnlyList<string>? Properties) : Statement;

public enum ConstraintKind { Unique, NodeKey, NotNull }

/// <summary>CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (n:Label) REQUIRE n.p IS UNIQUE (and the older ON ... ASSERT form).</summary>
public sealed record CreateConstraint(string? Name, bool IfNotExists, SchemaEntity Entity, string LabelOrType, IReadOnlyList<string> Properties, ConstraintKind Kind) : Statement;

public sealed record DropConstraint(string Name, bool IfExists) : Statement;

/// <summary>SHOW INDEXES / SHOW CONSTRAINTS, so a user can list the schema from the console.</summary>
public sealed record ShowSchema(bool Constraints) : Statement
{
    /// <summary>SHOW FULLTEXT INDEXES / SHOW RANGE INDEXES: only indexes of that type; null for all.</summary>
    public string? IndexType { get; init; }
}
