using System.Collections.Concurrent;
using System.Diagnostics;
using RelationsGraph.Tck.Gherkin;

namespace RelationsGraph.Tck.Execution;

/// <summary>
/// Runs every scenario under a features directory and never dies on one: each scenario runs on its own
/// thread with a large stack (deep recursion in the engine), under a query timeout and a watchdog.
/// </summary>
public static class TckRunner
{
    private const int ScenarioStackBytes = 256 * 1024 * 1024;
    private static readonly TimeSpan WatchdogGrace = TimeSpan.FromSeconds(2);

    private sealed record PendingScenario(string Folder, string FeatureFile, Scenario Scenario);

    /// <summary>Runs the selected scenarios; a feature file that cannot be read counts as one failed scenario.</summary>
    public static IReadOnlyList<ScenarioResult> Run(TckRunOptions options)
    {
        var featuresDirectory = Path.GetFullPath(options.FeaturesDirectory);
        var unreadable = new List<ScenarioResult>();
        var pending = LoadScenarios(featuresDirectory, options.Filter, unreadable);
        var results = new ScenarioResult?[pending.Count];
        var next = -1;

        void Work()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < pending.Count)
                results[index] = RunGuarded(pending[index], featuresDirectory, options);
        }

        var workers = Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => new Thread(Work) { IsBackground = true }).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return [.. unreadable, .. results!];
    }

    private static List<PendingScenario> LoadScenarios(string featuresDirectory, string? filter, List<ScenarioResult> unreadable)
    {
        if (!Directory.Exists(featuresDirectory)) throw new DirectoryNotFoundException($"No features directory at {featuresDirectory}");
        var pending = new List<PendingScenario>();
        foreach (var file in Directory.EnumerateFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetRelativePath(featuresDirectory, Path.GetDirectoryName(file)!).Replace('\\', '/');
            Feature feature;
            try { feature = FeatureReader.ReadFile(file); }
            catch (Exception e) when (e is FormatException or IOException)
            {
                unreadable.Add(new ScenarioResult(folder, Path.GetFileName(file), "(whole feature)", 0, false, "unreadable feature file", e.Message, TimeSpan.Zero));
                continue;
            }
            foreach (var scenario in feature.Scenarios)
            {
                var item = new PendingScenario(folder, Path.GetFileName(file), scenario);
                if (filter is null || Title(item).Contains(filter, StringComparison.OrdinalIgnoreCase)) pending.Add(item);
            }
        }
        return pending;
    }

    private static string Title(PendingScenario item) => $"{item.Folder}/{item.FeatureFile}:{item.Scenario.Line} {item.Scenario.Name}";

    private static ScenarioResult RunGuarded(PendingScenario item, string featuresDirectory, TckRunOptions options)
    {
        var timeout = options.ScenarioTimeout;
        var stopwatch = Stopwatch.StartNew();
        var cancellation = new CancellationTokenSource(timeout);
        (string Cause, string Detail)? failure = null;

        var thread = new Thread(() => failure = RunOne(item.Scenario, featuresDirectory, options, cancellation.Token), ScenarioStackBytes)
        {
            IsBackground = true, // an abandoned runaway scenario must not keep the process alive
            Name = "tck " + item.Scenario.Name,
        };
        thread.Start();
        // The engine is asked to stop at the timeout; the watchdog gives it a grace period, then abandons it.
        var finished = thread.Join(timeout + WatchdogGrace);
        if (finished) cancellation.Dispose(); // an abandoned thread may still be watching the token
        else
            failure = ("timeout (abandoned)", $"Still running after {(timeout + WatchdogGrace).TotalSeconds:0.#} s; the thread was abandoned");

        return new ScenarioResult(item.Folder, item.FeatureFile, item.Scenario.Name, item.Scenario.Line,
            failure is null, failure?.Cause, failure?.Detail, stopwatch.Elapsed);
    }

    private static (string Cause, string Detail)? RunOne(Scenario scenario, string featuresDirectory, TckRunOptions options, CancellationToken cancellation)
    {
        try
        {
            using var executor = new ScenarioExecutor(featuresDirectory, options.CreateDatabase, options.ScenarioTimeout, cancellation);
            executor.Run(scenario);
            return null;
        }
        catch (ScenarioFailedException e) { return (e.Cause, e.Message); }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested) { return ("timeout", $"Cancelled after {options.ScenarioTimeout.TotalSeconds:0.#} s"); }
        catch (Exception e) { return ("runner: " + ScenarioFailedException.Describe(e), e.ToString()); }
    }
}
