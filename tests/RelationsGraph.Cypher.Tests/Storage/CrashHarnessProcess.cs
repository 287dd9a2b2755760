using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// Builds (once per test run) and starts tests/RelationsGraph.Storage.CrashHarness, collecting the
/// transaction numbers it acknowledges on stdout.
/// </summary>
internal sealed class CrashHarnessProcess : IDisposable
{
    private const string ProjectName = "RelationsGraph.Storage.CrashHarness";
    private static readonly Lazy<string> HarnessAssembly = new(BuildHarness);
    private readonly Process process;
    private readonly ConcurrentQueue<long> acknowledged = new();

    public CrashHarnessProcess(string dataDirectory, string mode, long checkpointThresholdBytes)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { HarnessAssembly.Value, dataDirectory, mode, checkpointThresholdBytes.ToString() }) start.ArgumentList.Add(argument);
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) =>
        {
            if (long.TryParse(line.Data, out var number)) acknowledged.Enqueue(number);
        };
        process.Start();
        process.BeginOutputReadLine();
    }

    public IReadOnlyCollection<long> Acknowledged => acknowledged;

    /// <summary>Waits until at least count transactions were acknowledged (or the child died).</summary>
    public void WaitForAcknowledged(int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (acknowledged.Count < count)
        {
            if (process.HasExited) throw new InvalidOperationException("The crash harness exited early: " + process.StandardError.ReadToEnd());
            if (clock.Elapsed > timeout) throw new TimeoutException($"Only {acknowledged.Count} transactions acknowledged in {timeout}.");
            Thread.Sleep(10);
        }
    }

    /// <summary>SIGKILL: no finalisers, no flushing, exactly like a power cut for the process.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit(); // also drains the stdout already written
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
    }

    private static string BuildHarness()
    {
        var repository = FindRepositoryRoot();
        // One build folder per checkout: two checkouts on one machine (worktrees) must not run each other's harness.
        var checkout = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(repository)))[..12];
        var artifacts = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "art-storage-crash-harness-" + checkout);
        var build = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "build", System.IO.Path.Combine(repository, "tests", ProjectName), "--artifacts-path", artifacts, "-v", "q", "-nologo" })
            build.ArgumentList.Add(argument);
        using var builder = Process.Start(build)!;
        var output = builder.StandardOutput.ReadToEndAsync();
        var errors = builder.StandardError.ReadToEnd();
        builder.WaitForExit();
        if (builder.ExitCode != 0) throw new InvalidOperationException($"Building the crash harness failed:\n{output.Result}\n{errors}");
        return System.IO.Path.Combine(artifacts, "bin", ProjectName, "debug", ProjectName + ".dll");
    }

    /// <summary>The checkout this test was compiled from (found through this source file's path), else an ancestor of the working directory.</summary>
    private static string FindRepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { System.IO.Path.GetDirectoryName(sourceFile), Environment.CurrentDirectory })
            for (var directory = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "RelationsGraph.sln"))) return directory.FullName;
        throw new InvalidOperationException("Cannot find RelationsGraph.sln above this test's source file or the working directory.");
    }
}
