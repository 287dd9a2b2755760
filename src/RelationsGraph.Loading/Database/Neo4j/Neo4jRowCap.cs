using System.Globalization;
using System.Text.RegularExpressions;
using RelationsGraph.Cypher;

namespace RelationsGraph.Loading.Database.Neo4j;

/// <summary>
/// Makes Neo4j itself stop at the console's row cap: a read-only statement is wrapped as
/// CALL () { statement } RETURN * LIMIT cap+1 (one more row than shown, so a cut is known), instead
/// of downloading every row and dropping the rest. Statements the wrapper cannot hold (EXPLAIN,
/// SHOW, USE, a CYPHER prefix) run as written; so do ones the wrapped form fails to compile.
/// </summary>
internal static partial class Neo4jRowCap
{
    public static string? Wrap(string statement, QueryOptions options)
    {
        if (!options.ReadOnly || options.MaxRows is not { } max || max < 0) return null;
        var trimmed = statement.Trim().TrimEnd(';').TrimEnd();
        if (trimmed.Length == 0 || Unwrappable().IsMatch(trimmed) || trimmed.Contains(';')) return null;
        return "CALL () {\n" + trimmed + "\n}\nRETURN * LIMIT " + (max + 1L).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The wrapped form failed at its own first line: the server has no CALL () { } subquery at all.</summary>
    public static bool IsSubqueryUnsupported(CypherException error) => error.Line == 1 && error.Column is <= 6;

    [GeneratedRegex(@"^(?:EXPLAIN|PROFILE|SHOW|USE|CYPHER|CALL\s+\w[\w.]*\s*\()|\bIN\s+TRANSACTIONS\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unwrappable();
}
