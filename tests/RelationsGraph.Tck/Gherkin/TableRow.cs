using System.Text;

namespace RelationsGraph.Tck.Gherkin;

/// <summary>Splits a Gherkin table line into cells, applying Gherkin's cell escapes (\|, \\ and \n).</summary>
public static class TableRow
{
    public static IReadOnlyList<string> Split(string line)
    {
        var text = line.Trim();
        if (!text.StartsWith('|')) throw new FormatException($"A table row must start with '|': {line}");
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                var next = text[i + 1];
                switch (next)
                {
                    case '|': cell.Append('|'); i++; continue;
                    case '\\': cell.Append('\\'); i++; continue;
                    case 'n': cell.Append('\n'); i++; continue;
                }
                cell.Append(c);
            }
            else if (c == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else cell.Append(c);
        }
        // Whatever follows the last '|' is not a cell.
        return cells;
    }
}
