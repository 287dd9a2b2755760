namespace RelationsGraph.Cypher.Syntax.Parsing;

/// <summary>
/// Words that cannot stand for a bare variable, because the grammar would become ambiguous or its
/// error messages useless ("WHERE RETURN n"). Neo4j accepts more words as variables than openCypher,
/// so common names such as order, limit, skip, end and on stay available. Every word remains usable,
/// unquoted, as a label, type, property key, map key or alias.
/// </summary>
internal static class Keywords
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "CREATE", "MERGE", "SET", "REMOVE",
        "DELETE", "DETACH", "CALL", "UNION", "AS", "DISTINCT", "FOREACH",
        "AND", "OR", "XOR", "NOT", "IN", "IS", "STARTS", "ENDS", "CONTAINS",
        "CASE", "WHEN", "THEN", "ELSE", "NULL", "TRUE", "FALSE",
    };

    public static bool IsReserved(string word) => Reserved.Contains(word);

    /// <summary>Words that begin a clause; used to tell a full EXISTS subquery from a pattern and to list expectations.</summary>
    public static readonly string[] ClauseStarts =
    [
        "CALL", "CREATE", "DELETE", "DETACH", "LOAD", "MATCH", "MERGE", "OPTIONAL", "REMOVE", "RETURN", "SET", "UNWIND", "WITH",
    ];

    /// <summary>Clause words the parser recognises only to explain that they are not supported.</summary>
    private static readonly string[] UnsupportedClauseStarts = ["FOREACH"];

    public static bool StartsClause(Lexing.Token token) =>
        token.Kind == Lexing.TokenKind.Word
        && (Array.Exists(ClauseStarts, token.IsWord) || Array.Exists(UnsupportedClauseStarts, token.IsWord));
}
