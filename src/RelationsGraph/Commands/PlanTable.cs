using RelationsGraph.Cypher;
using Spectre.Console;

namespace RelationsGraph.Commands;

/// <summary>The plan of an EXPLAIN or PROFILE as the `query` verb prints it: one line per operator, indented by depth, as cypher-shell does.</summary>
internal static class PlanTable
{
    public static void Print(QueryPlan plan)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Operator");
        table.AddColumn("Details");
        if (plan.Profiled)
        {
            table.AddColumn(new TableColumn("Rows").RightAligned());
            table.AddColumn(new TableColumn("DB Hits").RightAligned());
        }
        AddRows(table, plan, 0);
        Terminal.Out.Write(table);
        Terminal.Out.MarkupLine(plan.Profiled ? $"[grey]Total database accesses: {plan.TotalDbHits}[/]" : "[grey]EXPLAIN: the plan only, nothing was run[/]");
    }

    private static void AddRows(Table table, QueryPlan step, int depth)
    {
        var cells = new List<Text> { new(string.Concat(Enumerable.Repeat("| ", depth)) + "+" + step.Operator), new(step.Details) };
        if (step.Profiled) cells.AddRange([new Text($"{step.Rows}"), new Text($"{step.DbHits}")]);
        table.AddRow(cells.ToArray());
        foreach (var child in step.Children) AddRows(table, child, depth + 1);
    }
}
