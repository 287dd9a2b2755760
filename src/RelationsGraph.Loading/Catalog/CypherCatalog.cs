using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace RelationsGraph.Loading.Catalog;

/// <summary>
/// The Cypher the application runs, read from the files of cypher/ (embedded in this assembly),
/// so no statement hides in a string literal. Names are paths without the extension:
/// "schema", "load/merge-person", "queries/search".
/// </summary>
public static class CypherCatalog
{
    private static readonly Assembly ResourceAssembly = typeof(CypherCatalog).Assembly;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The statement in the file, its header comment lines removed.</summary>
    public static string Get(string name) => Cache.GetOrAdd(name, static n => StripCommentLines(ReadFile(n)).Trim());

    /// <summary>The statements of a file that holds several, each ending with ';' at the end of a line.</summary>
    public static IReadOnlyList<string> Statements(string name) => SplitStatements(StripCommentLines(ReadFile(name)));

    /// <summary>
    /// A template file with {{Name}} placeholders filled in. Only labels and relationship types of the
    /// graph model are accepted, since these are spliced into the text (values always go as parameters).
    /// </summary>
    public static string Render(string name, IReadOnlyDictionary<string, string> names)
    {
        var text = new StringBuilder(Get(name));
        foreach (var (placeholder, value) in names)
        {
            if (!GraphModel.IsKnownName(value))
                throw new ArgumentException($"'{value}' is not a label or relationship type of the graph model.", nameof(names));
            text.Replace("{{" + placeholder + "}}", value);
        }
        var rendered = text.ToString();
        if (rendered.Contains("{{", StringComparison.Ordinal))
            throw new ArgumentException($"Template {name} still has an unfilled placeholder.", nameof(names));
        return rendered;
    }

    /// <summary>The questions of cypher/examples.cypher: the last comment line before each statement is its question.</summary>
    public static IReadOnlyList<CypherExample> Examples()
    {
        var examples = new List<CypherExample>();
        string? question = null;
        var statement = new StringBuilder();
        foreach (var rawLine in ReadFile("examples").Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var trimmed = line.Trim();
            if (statement.Length == 0 && trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                question = trimmed[2..].Trim();
                continue;
            }
            if (trimmed.Length == 0 && statement.Length == 0) continue;
            statement.AppendLine(line);
            if (trimmed.EndsWith(';'))
            {
                examples.Add(new CypherExample(question ?? "", statement.ToString().Trim().TrimEnd(';').Trim()));
                statement.Clear();
                question = null;
            }
        }
        return examples;
    }

    /// <summary>Every statement file the catalog holds, by name.</summary>
    public static IReadOnlyList<string> Names() =>
        ResourceAssembly.GetManifestResourceNames()
            .Where(r => r.StartsWith("cypher/", StringComparison.Ordinal) && r.EndsWith(".cypher", StringComparison.Ordinal))
            .Select(r => r["cypher/".Length..^".cypher".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string ReadFile(string name)
    {
        using var stream = ResourceAssembly.GetManifestResourceStream($"cypher/{name}.cypher")
            ?? throw new KeyNotFoundException($"No statement file cypher/{name}.cypher.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // Whole-line // comments only: our files never start a line inside a string literal.
    private static string StripCommentLines(string text) =>
        string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    private static List<string> SplitStatements(string text)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r', ' ', '\t');
            if (trimmed.EndsWith(';'))
            {
                current.AppendLine(trimmed[..^1]);
                AddIfAny(statements, current);
            }
            else current.AppendLine(trimmed);
        }
        AddIfAny(statements, current);
        return statements;
    }

    private static void AddIfAny(List<string> statements, StringBuilder current)
    {
        var statement = current.ToString().Trim();
        if (statement.Length > 0) statements.Add(statement);
        current.Clear();
    }
}
