namespace RelationsGraph.Tck.Execution;

/// <summary>How one (expanded) scenario went. Folder is the feature file's folder under features/, e.g. "clauses/match".</summary>
public sealed record ScenarioResult(
    string Folder,
    string FeatureFile,
    string ScenarioName,
    int Line,
    bool Passed,
    string? Cause,
    string? Detail,
    TimeSpan Elapsed)
{
    public string Title => $"{Folder}/{FeatureFile}:{Line} {ScenarioName}";
}
