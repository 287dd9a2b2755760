using RelationsGraph.Tck.Execution;

namespace RelationsGraph.Tck.Reporting;

public sealed record FolderCount(string Folder, int Passed, int Failed)
{
    public int Total => Passed + Failed;
}

public sealed record CauseCount(string Cause, int Count, string Example);

/// <summary>Pass/fail counts per folder and in total, and the most common failure causes.</summary>
public sealed record TckSummary(IReadOnlyList<FolderCount> Folders, FolderCount Total, IReadOnlyList<CauseCount> TopCauses)
{
    public static TckSummary From(IReadOnlyList<ScenarioResult> results, int topCauses = 15)
    {
        var folders = results
            .GroupBy(r => r.Folder)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FolderCount(g.Key, g.Count(r => r.Passed), g.Count(r => !r.Passed)))
            .ToList();
        var total = new FolderCount("total", results.Count(r => r.Passed), results.Count(r => !r.Passed));
        var causes = results
            .Where(r => !r.Passed)
            .GroupBy(r => r.Cause ?? "unknown")
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(topCauses)
            .Select(g => new CauseCount(g.Key, g.Count(), g.First().Title))
            .ToList();
        return new TckSummary(folders, total, causes);
    }

    /// <summary>Passed count of a folder and everything below it, e.g. "expressions/temporal".</summary>
    public int PassedUnder(string folder) => Folders
        .Where(f => f.Folder == folder || f.Folder.StartsWith(folder + "/", StringComparison.Ordinal))
        .Sum(f => f.Passed);
}
