namespace RelationsGraph.Cypher.Syntax.Ast;

/// <summary>LOAD CSV [WITH HEADERS] FROM source AS variable [FIELDTERMINATOR 'c'].</summary>
public sealed record LoadCsvClause(bool WithHeaders, Expression Source, string Variable, string? FieldTerminator) : Clause;

/// <summary>
/// CALL { query } [IN TRANSACTIONS [OF n ROWS]]: a subquery run once per incoming row. ImportedVariables is
/// the variable scope of CALL (a, b) { ... } (ImportAll for CALL (*)); null for the older form, which imports
/// with a leading WITH a, b. BatchSize is null for the default batch of IN TRANSACTIONS.
/// </summary>
public sealed record CallSubqueryClause(SingleQuery Query, IReadOnlyList<string>? ImportedVariables, bool ImportAll,
    bool InTransactions, Expression? BatchSize) : Clause;
