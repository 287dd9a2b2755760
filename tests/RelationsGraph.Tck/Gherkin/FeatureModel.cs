namespace RelationsGraph.Tck.Gherkin;

/// <summary>A Gherkin data table: rows of already unescaped cells (the first row is a header only where the step says so).</summary>
public sealed record DataTable(IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>One step: its keyword (Given/When/Then/And/But), the text after it, and an optional doc string or table.</summary>
public sealed record Step(string Keyword, string Text, string? DocString, DataTable? Table, int Line);

/// <summary>A runnable scenario: outlines arrive here already expanded, with the background steps prepended.</summary>
public sealed record Scenario(string Name, IReadOnlyList<Step> Steps, IReadOnlyList<string> Tags, int Line);

public sealed record Feature(string Name, string FilePath, IReadOnlyList<Scenario> Scenarios);
