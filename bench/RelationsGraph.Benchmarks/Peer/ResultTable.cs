using System.Globalization;

namespace RelationsGraph.Benchmarks.Peer;

/// <summary>
/// The printed table of one scale: measure, both medians, ratio ours / Kuzu, and the cross-check. Rows
/// print as they are measured, so a long run shows progress and keeps what it measured if stopped.
/// </summary>
public sealed class ResultTable
{
    public ResultTable(string title)
    {
        Console.WriteLine();
        Console.WriteLine("## " + title);
        Console.WriteLine($"| {"measure",-40} | {"ours",12} | {"kuzu",12} | {"ours/kuzu",9} | answers");
        Console.WriteLine($"|{new string('-', 42)}|{new string('-', 14)}|{new string('-', 14)}|{new string('-', 11)}|---------");
    }

    public void Add(string measure, double ours, double kuzu, string note) =>
        Console.WriteLine($"| {measure,-40} | {Format(ours),12} | {Format(kuzu),12} | {Format(ours / kuzu),9} | {note}");

    public void Note(string note) => Console.WriteLine("note: " + note);

    private static string Format(double value) => value switch
    {
        >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("F1", CultureInfo.InvariantCulture),
        _ => value.ToString("F3", CultureInfo.InvariantCulture),
    };
}
