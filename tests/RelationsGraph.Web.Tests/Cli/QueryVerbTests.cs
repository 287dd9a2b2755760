using System.Diagnostics;

namespace RelationsGraph.Web.Tests.Cli;

/// <summary>The `query` verb run as a user runs it: the built executable in a child process, output redirected.</summary>
public sealed class QueryVerbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "relationsgraph-cli-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_mistyped_data_path_is_an_error_and_creates_nothing()
    {
        var missing = Path.Combine(_folder, "no-such-store");
        var (exitCode, _, error) = await RunAsync("query", "MATCH (n) RETURN count(n)", "--data", missing);
        Assert.Equal(2, exitCode);
        Assert.Contains("no graph store", error);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task Redirected_output_carries_no_colour_codes()
    {
        var store = Path.Combine(_folder, "store");
        var (exitCode, output, _) = await RunAsync("query", "CREATE (n:Probe {name: 'x'}) RETURN n.name AS name", "--write", "--data", store);
        Assert.Equal(0, exitCode);
        Assert.Contains("1 row", output);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public async Task Profile_prints_the_rows_and_then_the_plan_with_db_hits()
    {
        var store = Path.Combine(_folder, "store");
        var (exitCode, _, _) = await RunAsync("query", "CREATE (:Probe {name: 'x'}), (:Probe {name: 'y'})", "--write", "--data", store);
        Assert.Equal(0, exitCode);
        var (profiled, output, _) = await RunAsync("query", "PROFILE MATCH (n:Probe) RETURN n.name AS name", "--data", store);
        Assert.Equal(0, profiled);
        Assert.Contains("name", output);
        Assert.Contains("+ProduceResults", output);
        Assert.Contains("| +NodeByLabelScan", output);
        Assert.Contains("Total database accesses: 5", output); // the label's list, two nodes, two names
        var (_, explained, _) = await RunAsync("query", "EXPLAIN MATCH (n:Probe) RETURN n", "--data", store);
        Assert.Contains("+NodeByLabelScan", explained);
        Assert.Contains("0 rows", explained);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RelationsGraph.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Remove("NO_COLOR");
        start.Environment["TERM"] = "xterm-256color";   // a terminal-capable environment: only the redirect may turn colour off
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
