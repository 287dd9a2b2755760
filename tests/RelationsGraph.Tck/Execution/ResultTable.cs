using System.Text;
using RelationsGraph.Cypher;
using RelationsGraph.Tck.Gherkin;
using RelationsGraph.Tck.Values;

namespace RelationsGraph.Tck.Execution;

/// <summary>Compares a query result with a TCK result table (header row of column names, then rows of values).</summary>
public static class ResultTable
{
    /// <summary>Null when the result matches; otherwise a short cause ("wrong columns", "wrong values", ...).</summary>
    public static string? Compare(DataTable expected, QueryResult actual, bool ordered, bool ignoreListOrder)
    {
        if (expected.Rows.Count == 0) throw new ScenarioFailedException("malformed result table", "A result table needs a header row");
        if (!expected.Rows[0].SequenceEqual(actual.Columns)) return "wrong columns";

        var expectedRows = expected.Rows.Skip(1).Select(ParseRow).ToList();
        if (expectedRows.Count != actual.Rows.Count) return "wrong number of rows";

        bool RowMatches(object?[] want, object?[] got) =>
            want.Length == got.Length && want.Zip(got).All(p => TckValueMatcher.Matches(p.First, p.Second, ignoreListOrder));
        var matched = ordered
            ? expectedRows.Zip(actual.Rows).All(p => RowMatches(p.First, p.Second))
            : TckValueMatcher.UnorderedMatch(expectedRows, actual.Rows.ToList(), RowMatches);
        return matched ? null : "wrong values";
    }

    public static string Format(DataTable table)
        => string.Join("\n", table.Rows.Select(r => "  | " + string.Join(" | ", r) + " |"));

    public static string Format(QueryResult result)
    {
        var text = new StringBuilder("  | ").Append(string.Join(" | ", result.Columns)).Append(" |");
        foreach (var row in result.Rows)
            text.Append("\n  | ").Append(string.Join(" | ", row.Select(TckValueFormatter.Format))).Append(" |");
        return text.ToString();
    }

    private static object?[] ParseRow(IReadOnlyList<string> cells) => cells.Select(ParseCell).ToArray();

    private static object? ParseCell(string cell)
    {
        try { return TckValueParser.Parse(cell); }
        catch (FormatException e) { throw new ScenarioFailedException("unreadable TCK value", e.Message); }
    }
}
