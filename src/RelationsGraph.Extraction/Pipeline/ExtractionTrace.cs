namespace RelationsGraph.Extraction.Pipeline;

/// <summary>
/// What each stage of the pipeline produced for one article, as text: which sentence gave which
/// mention, event or relationship, and which rule fired. Filled only when asked for (<c>extract --trace</c>),
/// so the stages pay nothing for it otherwise.
/// </summary>
public sealed class ExtractionTrace
{
    private readonly List<(string Stage, List<string> Lines)> _sections = [];

    public IReadOnlyList<string> Stages => _sections.Select(s => s.Stage).ToList();

    /// <summary>Starts the section of a stage; later lines go into it.</summary>
    public void Stage(string name, string description) => _sections.Add(($"{name}: {description}", []));

    public void Line(string text)
    {
        if (_sections.Count == 0) Stage("(before the pipeline)", "");
        _sections[^1].Lines.Add(text);
    }

    public void WriteTo(TextWriter writer)
    {
        foreach (var (stage, lines) in _sections)
        {
            writer.WriteLine("== " + stage);
            foreach (var line in lines) writer.WriteLine("  " + line);
            if (lines.Count == 0) writer.WriteLine("  (nothing)");
            writer.WriteLine();
        }
    }

    public override string ToString()
    {
        using var writer = new StringWriter();
        WriteTo(writer);
        return writer.ToString();
    }

    /// <summary>A sentence cut to a readable length for a trace line.</summary>
    internal static string Quote(string sentence) => sentence.Length <= 110 ? $"\"{sentence}\"" : $"\"{sentence[..107]}...\"";
}
