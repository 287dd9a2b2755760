namespace RelationsGraph.Cypher.Syntax.Parsing;

/// <summary>
/// Words that cannot stand for a bare variable because they would make the grammar ambiguous.
/// They remain usable, unquoted, as labels, types, property keys, map keys and aliases.
/// </summary>
internal static class Keywords
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "CREATE", "MERGE", "SET", "REMOVE",
        "DELETE", "DETACH", "CALL", "YIELD", "UNION", "ORDER", "SKIP", "LIMIT", "AS", "DISTINCT", "ON",
        "AND", "OR", "XOR", "NOT", "IN", "IS", "STARTS", "ENDS", "CONTAINS",
        "CASE", "WHEN", "THEN", "ELSE", "END", "NULL", "TRUE", "FALSE", "FOREACH", "DROP",
    };

    public static bool IsReserved(string word) => Reserved.Contains(word);

    /// <summary>Words that begin a clause; used to tell a full EXISTS subquery from a pattern and to list expectations.</summary>
    public static readonly string[] ClauseStarts =
    [
        "CALL", "CREATE", "DELETE", "DETACH", "MATCH", "MERGE", "OPTIONAL", "REMOVE", "RETURN", "SET", "UNWIND", "WITH",
    ];

    public static bool StartsClause(Lexing.Token token) =>
        token.Kind == Lexing.TokenKind.Word && Array.Exists(ClauseStarts, k => token.IsWord(k));
}
