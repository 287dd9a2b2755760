using System.Globalization;

namespace RelationsGraph.Benchmarks.Peer;

/// <summary>The printed table of one scale: measure, both medians, ratio ours / Kuzu, and the cross-check.</summary>
public sealed class ResultTable(string title)
{
    private readonly List<(string Measure, double Ours, double Kuzu, string Note)> rows = [];
    private readonly List<string> notes = [];

    public void Add(string measure, double ours, double kuzu, string note) => rows.Add((measure, ours, kuzu, note));

    public void Note(string note) => notes.Add(note);

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine("## " + title);
        Console.WriteLine($"| {"measure",-40} | {"ours",12} | {"kuzu",12} | {"ours/kuzu",9} | answers");
        Console.WriteLine($"|{new string('-', 42)}|{new string('-', 14)}|{new string('-', 14)}|{new string('-', 11)}|---------");
        foreach (var (measure, ours, kuzu, note) in rows)
            Console.WriteLine($"| {measure,-40} | {Format(ours),12} | {Format(kuzu),12} | {Format(ours / kuzu),9} | {note}");
        foreach (var note in notes) Console.WriteLine("note: " + note);
    }

    private static string Format(double value) => value switch
    {
        >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("F1", CultureInfo.InvariantCulture),
        _ => value.ToString("F3", CultureInfo.InvariantCulture),
    };
}
