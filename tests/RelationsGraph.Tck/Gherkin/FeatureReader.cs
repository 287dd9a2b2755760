namespace RelationsGraph.Tck.Gherkin;

/// <summary>
/// Reads the subset of Gherkin the openCypher TCK uses: Feature, Background, Scenario, Scenario Outline with
/// Examples, tags, comments, steps with doc strings or tables. Outlines are expanded once per example row.
/// </summary>
public static class FeatureReader
{
    private static readonly string[] StepKeywords = ["Given", "When", "Then", "And", "But", "*"];

    public static Feature ReadFile(string path) => Read(File.ReadAllText(path), path);

    public static Feature Read(string text, string filePath = "")
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var featureName = "";
        Block? background = null;
        var blocks = new List<Block>();
        Block? current = null;
        var inExamples = false; // when set, table rows now go to the outline's latest Examples table
        var pendingTags = new List<string>();

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var lineNumber = i + 1;
            if (line.Length == 0 || line.StartsWith('#')) continue;

            if (line.StartsWith('@'))
            {
                pendingTags.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                continue;
            }
            if (TryKeyword(line, "Feature:", out var name)) { featureName = name; pendingTags.Clear(); continue; }
            if (TryKeyword(line, "Background:", out _))
            {
                current = background = new Block("Background", false, [], lineNumber);
                inExamples = false;
                continue;
            }
            if (TryKeyword(line, "Scenario Outline:", out name) || TryKeyword(line, "Scenario Template:", out name))
            {
                current = new Block(name, true, [.. pendingTags], lineNumber);
                blocks.Add(current);
                pendingTags.Clear();
                inExamples = false;
                continue;
            }
            if (TryKeyword(line, "Scenario:", out name) || TryKeyword(line, "Example:", out name))
            {
                current = new Block(name, false, [.. pendingTags], lineNumber);
                blocks.Add(current);
                pendingTags.Clear();
                inExamples = false;
                continue;
            }
            if (TryKeyword(line, "Examples:", out _) || TryKeyword(line, "Scenarios:", out _))
            {
                if (current is not { IsOutline: true }) throw Error(filePath, lineNumber, "Examples outside a Scenario Outline");
                current.Examples.Add([]);
                inExamples = true;
                pendingTags.Clear();
                continue;
            }
            if (line.StartsWith("\"\"\""))
            {
                var step = LastStep(current, filePath, lineNumber);
                var indent = lines[i].IndexOf("\"\"\"", StringComparison.Ordinal);
                var body = new List<string>();
                for (i++; i < lines.Length && !lines[i].Trim().StartsWith("\"\"\""); i++)
                    body.Add(Unindent(lines[i], indent));
                if (i == lines.Length) throw Error(filePath, lineNumber, "unterminated doc string");
                step.DocString = string.Join("\n", body);
                continue;
            }
            if (line.StartsWith('|'))
            {
                var cells = TableRow.Split(line);
                if (inExamples) current!.Examples[^1].Add(cells);
                else LastStep(current, filePath, lineNumber).Table.Add(cells);
                continue;
            }
            var keyword = StepKeywords.FirstOrDefault(k => line.StartsWith(k + " ", StringComparison.Ordinal));
            if (keyword is null) throw Error(filePath, lineNumber, $"unrecognised line: {line}");
            if (current is null) throw Error(filePath, lineNumber, "a step outside any scenario");
            current.Steps.Add(new StepBuilder(keyword, line[(keyword.Length + 1)..].Trim(), lineNumber));
        }

        var scenarios = new List<Scenario>();
        var backgroundSteps = background?.Steps ?? [];
        foreach (var block in blocks)
            scenarios.AddRange(Expand(block, backgroundSteps));
        return new Feature(featureName, filePath, scenarios);
    }

    private static IEnumerable<Scenario> Expand(Block block, List<StepBuilder> backgroundSteps)
    {
        var allSteps = backgroundSteps.Concat(block.Steps).ToList();
        if (!block.IsOutline)
        {
            yield return new Scenario(block.Name, allSteps.Select(s => s.Build(NoSubstitution)).ToList(), block.Tags, block.Line);
            yield break;
        }
        var exampleNumber = 0;
        foreach (var table in block.Examples)
        {
            if (table.Count == 0) continue;
            var header = table[0];
            foreach (var row in table.Skip(1))
            {
                exampleNumber++;
                var values = header.Zip(row).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
                string Substitute(string text) => SubstitutePlaceholders(text, values);
                yield return new Scenario(
                    $"{Substitute(block.Name)} (example {exampleNumber})",
                    allSteps.Select(s => s.Build(Substitute)).ToList(),
                    block.Tags,
                    block.Line);
            }
        }
    }

    /// <summary>Replaces each &lt;name&gt; whose name is an example column; other angle brackets stay (e.g. paths).</summary>
    public static string SubstitutePlaceholders(string text, IReadOnlyDictionary<string, string> values)
    {
        if (!text.Contains('<')) return text;
        var result = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var close = text[i] == '<' ? text.IndexOf('>', i + 1) : -1;
            if (close > i && values.TryGetValue(text[(i + 1)..close], out var value))
            {
                result.Append(value);
                i = close + 1;
            }
            else result.Append(text[i++]);
        }
        return result.ToString();
    }

    private static string NoSubstitution(string text) => text;

    private static bool TryKeyword(string line, string keyword, out string rest)
    {
        rest = line.StartsWith(keyword, StringComparison.Ordinal) ? line[keyword.Length..].Trim() : "";
        return line.StartsWith(keyword, StringComparison.Ordinal);
    }

    private static string Unindent(string line, int indent)
    {
        var strip = 0;
        while (strip < indent && strip < line.Length && line[strip] == ' ') strip++;
        return line[strip..];
    }

    private static StepBuilder LastStep(Block? block, string filePath, int line)
        => block is { Steps.Count: > 0 } ? block.Steps[^1] : throw Error(filePath, line, "a doc string or table without a step");

    private static FormatException Error(string filePath, int line, string message) => new($"{filePath}:{line}: {message}");

    private sealed class Block(string name, bool isOutline, List<string> tags, int line)
    {
        public string Name { get; } = name;
        public bool IsOutline { get; } = isOutline;
        public List<string> Tags { get; } = tags;
        public int Line { get; } = line;
        public List<StepBuilder> Steps { get; } = [];
        public List<List<IReadOnlyList<string>>> Examples { get; } = [];
    }

    private sealed class StepBuilder(string keyword, string text, int line)
    {
        public string? DocString { get; set; }
        public List<IReadOnlyList<string>> Table { get; } = [];

        public Step Build(Func<string, string> substitute) => new(
            keyword,
            substitute(text),
            DocString is null ? null : substitute(DocString),
            Table.Count == 0 ? null : new DataTable(Table.Select(r => (IReadOnlyList<string>)r.Select(substitute).ToList()).ToList()),
            line);
    }
}
