using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using RelationsGraph.Tck.Execution;

namespace RelationsGraph.Tck.Reporting;

/// <summary>Renders a run as a text table (per folder, total, top causes) or as JSON.</summary>
public static class SummaryWriter
{
    public static string Text(TckSummary summary, IReadOnlyList<ScenarioResult>? failuresToDetail = null)
    {
        var text = new StringBuilder();
        if (failuresToDetail is not null)
            foreach (var failure in failuresToDetail)
                text.AppendLine($"FAIL {failure.Title}").AppendLine($"  cause: {failure.Cause}").AppendLine(Indent(failure.Detail ?? "")).AppendLine();

        var width = Math.Max(24, summary.Folders.Select(f => f.Folder.Length).DefaultIfEmpty(0).Max() + 2);
        text.AppendLine($"{"folder".PadRight(width)}{"passed",8}{"failed",8}{"total",8}");
        foreach (var folder in summary.Folders.Append(summary.Total))
            text.AppendLine($"{folder.Folder.PadRight(width)}{folder.Passed,8}{folder.Failed,8}{folder.Total,8}");

        if (summary.TopCauses.Count > 0)
        {
            text.AppendLine().AppendLine("Top failure causes:");
            foreach (var cause in summary.TopCauses)
                text.AppendLine($"{cause.Count,6}  {cause.Cause}").AppendLine($"        e.g. {cause.Example}");
        }
        return text.ToString();
    }

    /// <summary>Every failed scenario's title, grouped under its cause (largest group first).</summary>
    public static string FailureIndex(IReadOnlyList<ScenarioResult> results)
    {
        var text = new StringBuilder();
        foreach (var group in results.Where(r => !r.Passed).GroupBy(r => r.Cause ?? "unknown").OrderByDescending(g => g.Count()))
        {
            text.AppendLine($"{group.Key} ({group.Count()}):");
            foreach (var failure in group) text.AppendLine($"    {failure.Title}");
        }
        return text.ToString();
    }

    /// <summary>The scenarios that took longest, slowest first: where the engine's time goes.</summary>
    public static string Slowest(IReadOnlyList<ScenarioResult> results, int count = 10)
    {
        var text = new StringBuilder();
        foreach (var result in results.OrderByDescending(r => r.Elapsed).Take(count))
            text.AppendLine($"{result.Elapsed.TotalMilliseconds,8:0} ms  {result.Title}");
        return text.ToString();
    }

    /// <summary>The summary as JSON; with failures, each failed scenario's title, cause and detail too.</summary>
    public static string Json(TckSummary summary, IReadOnlyList<ScenarioResult>? failures = null) => JsonSerializer.Serialize(new
    {
        total = new { passed = summary.Total.Passed, failed = summary.Total.Failed },
        folders = summary.Folders.Select(f => new { folder = f.Folder, passed = f.Passed, failed = f.Failed }),
        topCauses = summary.TopCauses.Select(c => new { cause = c.Cause, count = c.Count, example = c.Example }),
        failures = failures?.Select(f => new { scenario = f.Title, cause = f.Cause, detail = f.Detail }),
    }, new JsonSerializerOptions { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull });

    private static string Indent(string text) => string.Join("\n", text.Split('\n').Select(l => "    " + l));
}
