using RelationsGraph.Tck.Execution;
using RelationsGraph.Tck.Reporting;

// Usage: RelationsGraph.Tck FEATURES_DIR [--json] [--filter TEXT] [--verbose] [--workers N] [--timeout SECONDS] [--report FILE]
// Exit code: 0 when every selected scenario passed, 1 when some failed, 2 on bad usage.

string? featuresDirectory = null, filter = null, reportFile = null;
bool json = false, verbose = false;
int workers = 2;
double timeoutSeconds = 10;
for (var i = 0; i < args.Length; i++)
{
    string NextValue() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    try
    {
        switch (args[i])
        {
            case "--json": json = true; break;
            case "--verbose": verbose = true; break;
            case "--filter": filter = NextValue(); break;
            case "--workers": workers = int.Parse(NextValue()); break;
            case "--timeout": timeoutSeconds = double.Parse(NextValue(), System.Globalization.CultureInfo.InvariantCulture); break;
            case "--report": reportFile = NextValue(); break;
            default:
                if (args[i].StartsWith("--") || featuresDirectory is not null) throw new ArgumentException($"Unexpected argument {args[i]}");
                featuresDirectory = args[i];
                break;
        }
    }
    catch (Exception e) when (e is ArgumentException or FormatException)
    {
        Console.Error.WriteLine(e.Message);
        return 2;
    }
}
if (featuresDirectory is null)
{
    Console.Error.WriteLine("Usage: RelationsGraph.Tck FEATURES_DIR [--json] [--filter TEXT] [--verbose] [--workers N] [--timeout SECONDS] [--report FILE]");
    return 2;
}

var options = new TckRunOptions(featuresDirectory)
{
    Filter = filter,
    Workers = workers,
    ScenarioTimeout = TimeSpan.FromSeconds(timeoutSeconds),
};
IReadOnlyList<ScenarioResult> results;
try { results = TckRunner.Run(options); }
catch (DirectoryNotFoundException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
var summary = TckSummary.From(results);
var failures = results.Where(r => !r.Passed).ToList();

Console.WriteLine(json ? SummaryWriter.Json(summary, verbose ? failures : null) : SummaryWriter.Text(summary, verbose ? failures : null));
if (reportFile is not null)
    File.WriteAllText(reportFile, $"openCypher TCK run at {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC\n\n{SummaryWriter.Text(summary)}\nSlowest scenarios:\n{SummaryWriter.Slowest(results)}\nAll failures by cause:\n{SummaryWriter.FailureIndex(results)}");
return failures.Count == 0 ? 0 : 1;
